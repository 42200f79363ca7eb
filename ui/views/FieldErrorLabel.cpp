#include "views/FieldErrorLabel.h"

#include "style/TextTone.h"

#include <QVBoxLayout>

namespace shipshape {

FieldErrorLabel::FieldErrorLabel(const QString &objectName, QWidget *parent) : QLabel(parent)
{
    setObjectName(objectName);
    // Core's messages quote what people typed: never rich text.
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    QPalette colours = palette();
    colours.setColor(QPalette::WindowText, TextTone::color(TextTone::Tone::Error, colours));
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
