#pragma once

#include <QString>

namespace shipshape::bench {

// What one run of a case is told by the command line (see main.cpp for the flags).
struct CaseOptions {
    QString database; // SQLite file path
    int orders = 500; // placement: orders measured per run
    int warmup = 20; // placement: orders placed first and not measured
    int repetitions = 5; // in-process repetitions where a case repeats (search)
};

// Placement (area 1)
int preparePlacement(const CaseOptions &options); // stock for the benchmark SKUs, on the base copy
int placeShipshape(const CaseOptions &options);
int placePriced(const CaseOptions &options);
int placeRawSqlite(const CaseOptions &options);
int placeCard(const CaseOptions &options);

// Order list (area 2): one model per process, so resident memory belongs to that model alone.
int listShipshape(const CaseOptions &options);
int listQSqlTableModel(const CaseOptions &options);
int listQSqlQueryModel(const CaseOptions &options);

// Search (area 3)
int searchShipshape(const CaseOptions &options);
int searchRawSqlite(const CaseOptions &options);

// Dashboard (area 4): a snapshot for 1/7/30/90 days, and the same figures by GROUP BY over all orders.
int dashboardShipshape(const CaseOptions &options);
int dashboardGroupBy(const CaseOptions &options);

// Start-up to a painted window (area 5), in process.
int startupShipshape(const CaseOptions &options);
int startupQSqlTableModel(const CaseOptions &options);

// The order detail (area 8): OrderService::find for delivered, partly shipped, returned and exchanged orders.
int detailShipshape(const CaseOptions &options);

// The GUI thread's longest stall while the list is scrolled, searched and the dashboard switched (area 7).
int guiStall(const CaseOptions &options);

} // namespace shipshape::bench
