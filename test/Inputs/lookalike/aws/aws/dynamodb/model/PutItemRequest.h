// Look-alike test header: imitates the signatures of the AWS SDK for C++ DynamoDB model (AttributeValue, PutItemRequest, GetItemRequest, ...) (not the real library).
#pragma once
#include <aws/core/Aws.h>

namespace Aws {
namespace DynamoDB {
enum class DynamoDBErrors { INTERNAL_FAILURE = 0 };
typedef Client::AWSError<DynamoDBErrors> DynamoDBError;
namespace Model {
class AttributeValue {
public:
  AttributeValue();
  AttributeValue(const String &s);
  AttributeValue &SetS(const String &s);
  const String &GetS() const;
};
class PutItemRequest {
public:
  void SetTableName(const String &value);
  PutItemRequest &WithTableName(const String &value);
  PutItemRequest &AddItem(const String &key, const AttributeValue &value);
};
class PutItemResult {};
class GetItemRequest {
public:
  void SetTableName(const String &value);
  GetItemRequest &AddKey(const String &key, const AttributeValue &value);
};
class GetItemResult {
public:
  const Map<String, AttributeValue> &GetItem() const;
};
class UpdateItemRequest {
public:
  void SetTableName(const String &value);
  UpdateItemRequest &AddKey(const String &key, const AttributeValue &value);
  void SetUpdateExpression(const String &value);
};
class UpdateItemResult {};
class QueryRequest {
public:
  void SetTableName(const String &value);
  void SetKeyConditionExpression(const String &value);
};
class QueryResult {
public:
  const Vector<Map<String, AttributeValue>> &GetItems() const;
};
} // namespace Model
} // namespace DynamoDB
} // namespace Aws
