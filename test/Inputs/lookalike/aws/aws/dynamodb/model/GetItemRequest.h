// Look-alike test header: imitates the signatures of the AWS SDK for C++ DynamoDB model (GetItemRequest) (not the real library).
#pragma once
#include <aws/dynamodb/model/PutItemRequest.h>
