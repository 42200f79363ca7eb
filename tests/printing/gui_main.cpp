#include <QGuiApplication>

#include <gtest/gtest.h>

// Printed pages need fonts, so a QGuiApplication (no widgets); CTest runs it on the offscreen platform.
int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
