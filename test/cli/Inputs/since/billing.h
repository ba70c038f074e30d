#pragma once
bool chargeCustomer();
