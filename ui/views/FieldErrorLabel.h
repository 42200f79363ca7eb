#pragma once

#include <QLabel>

namespace shipshape {

// The message core gives for a field (an Error naming it), shown in red under the field and hidden while
// there is none. Every form that puts core's errors at their fields uses it, so they all look alike.
class FieldErrorLabel : public QLabel {
    Q_OBJECT

public:
    FieldErrorLabel(const QString &objectName, QWidget *parent);

    // `field` with `message` underneath, in a widget of their own (for a form layout's field column).
    static QWidget *below(QWidget *field, FieldErrorLabel *message, QWidget *parent);
};

} // namespace shipshape
