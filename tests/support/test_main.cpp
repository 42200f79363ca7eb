#include <QCoreApplication>

#include <gtest/gtest.h>

// Tests that need signals, timers or Qt's SQL drivers get a QCoreApplication for the whole run.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
