#include <QApplication>

#include <gtest/gtest.h>

// GUI tests drive real widgets; CTest runs them with QT_QPA_PLATFORM=offscreen.
int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Shipshape-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
