#pragma once

#include <QTextBrowser>

namespace shipshape {

// A QTextBrowser for HTML that came from outside (customer emails with people's text in them): it
// loads no resources at all (no images from files, qrc or the network, no style sheets) and never
// follows links, so showing an email cannot read local files or tell a tracker it was opened.
class SafeTextBrowser : public QTextBrowser {
    Q_OBJECT

public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);

    QVariant loadResource(int type, const QUrl &name) override;
    // How many resources the document asked for and did not get (tests check the refusal).
    [[nodiscard]] int refusedResources() const { return m_refused; }

private:
    int m_refused = 0;
};

} // namespace shipshape
