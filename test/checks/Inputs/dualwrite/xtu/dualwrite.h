#pragma once
#include "testsvc.grpc.pb.h"
#include <string>
// stores.cpp: one write each.
void SaveOrder(const std::string &id);
void CacheOrder(const std::string &id);
void AppendToOutbox(const std::string &id);
// remote.cpp: a query (its answer is read inside), a charge, a publish.
std::string PriceOf(const std::string &id);
bool ChargeCard(const std::string &id);
void Announce(const std::string &id);
