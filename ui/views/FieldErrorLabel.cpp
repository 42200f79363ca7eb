#include "views/FieldErrorLabel.h"

#include <QVBoxLayout>

namespace shipshape {

FieldErrorLabel::FieldErrorLabel(const QString &objectName, QWidget *parent) : QLabel(parent)
{
    setObjectName(objectName);
    // Core's messages quote what people typed: never rich text.
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    QPalette colours = palette();
    colours.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    setPalette(colours);
    hide();
}

QWidget *FieldErrorLabel::below(QWidget *field, FieldErrorLabel *message, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    if (field)
        layout->addWidget(field);
    layout->addWidget(message);
    return box;
}

} // namespace shipshape
