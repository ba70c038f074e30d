// Look-alike test header: imitates the signatures of the AWS SDK for C++ SQS model (ReceiveMessageRequest) (not the real library).
#pragma once
#include <aws/sqs/model/SendMessageRequest.h>
