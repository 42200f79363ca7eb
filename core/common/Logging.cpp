#include "common/Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "shipshape.storage")
Q_LOGGING_CATEGORY(lcOrders, "shipshape.orders")
Q_LOGGING_CATEGORY(lcInventory, "shipshape.inventory")
Q_LOGGING_CATEGORY(lcPayments, "shipshape.payments")
Q_LOGGING_CATEGORY(lcNotifications, "shipshape.notifications")
Q_LOGGING_CATEGORY(lcDemo, "shipshape.demo")
Q_LOGGING_CATEGORY(lcReplica, "shipshape.replica")
