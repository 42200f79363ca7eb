#pragma once

#include <QSettings>
#include <QTemporaryDir>

namespace shipshape::test {

// QSettings() of the code under test reads and writes an INI file in a temporary directory for the
// lifetime of this object: no test sees another's preferences or the developer's own.
class ScopedSettings {
public:
    ScopedSettings()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }
    ~ScopedSettings() { QSettings::setDefaultFormat(QSettings::NativeFormat); }
    ScopedSettings(const ScopedSettings &) = delete;
    ScopedSettings &operator=(const ScopedSettings &) = delete;

    [[nodiscard]] QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

} // namespace shipshape::test
