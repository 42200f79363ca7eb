#include "manual/CliManPage.h"

#include "manual/Roff.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::manual {
namespace {

// "orders ship ORDER --tracking NUMBER [--carrier NAME] [--json]", in bold and italics.
QString synopsis(const QJsonObject &command)
{
    QStringList parts{Roff::bold(command.value(u"words"_s).toVariant().toStringList().join(u' '))};
    for (const QJsonValue &value : command.value(u"arguments"_s).toArray()) {
        const QJsonObject argument = value.toObject();
        QString text = Roff::italic(argument.value(u"name"_s).toString());
        if (argument.value(u"repeatable"_s).toBool())
            text += u"..."_s;
        parts << (argument.value(u"required"_s).toBool() ? text : u'[' + text + u']');
    }
    // Required options first, as the help's usage line has them.
    for (const bool required : {true, false}) {
        for (const QJsonValue &value : command.value(u"options"_s).toArray()) {
            const QJsonObject option = value.toObject();
            if (option.value(u"required"_s).toBool() != required)
                continue;
            QString text = Roff::bold(option.value(u"name"_s).toString()) + u' '
                    + Roff::italic(option.value(u"value"_s).toString());
            if (!required)
                text = u'[' + text + u']';
            if (option.value(u"repeatable"_s).toBool())
                text += u"..."_s;
            parts << text;
        }
    }
    for (const QJsonValue &value : command.value(u"flags"_s).toArray())
        parts << u'[' + Roff::bold(value.toObject().value(u"name"_s).toString()) + u']';
    return parts.join(u' ');
}

QString choices(const QJsonObject &object)
{
    const QStringList values = object.value(u"choices"_s).toVariant().toStringList();
    return values.isEmpty() ? QString() : u" One of: "_s + values.join(u", "_s) + u'.';
}

QString commandSection(const QJsonObject &command)
{
    QString page = u".PP\n"_s + synopsis(command) + u"\n.RS 4\n"_s
            + Roff::escape(command.value(u"summary"_s).toString()) + u'\n';
    if (const QString description = command.value(u"description"_s).toString(); !description.isEmpty())
        page += u".PP\n"_s + Roff::paragraphs(description);
    for (const QJsonValue &value : command.value(u"arguments"_s).toArray()) {
        const QJsonObject argument = value.toObject();
        QString text = argument.value(u"description"_s).toString() + choices(argument);
        if (!argument.value(u"required"_s).toBool())
            text += u" Optional."_s;
        page += u".TP\n"_s + Roff::italic(argument.value(u"name"_s).toString()) + u'\n' + Roff::escape(text) + u'\n';
    }
    for (const QJsonValue &value : command.value(u"options"_s).toArray()) {
        const QJsonObject option = value.toObject();
        QString text = option.value(u"description"_s).toString() + choices(option);
        if (option.value(u"required"_s).toBool())
            text += u" Required."_s;
        if (option.value(u"repeatable"_s).toBool())
            text += u" May be given more than once."_s;
        page += u".TP\n"_s + Roff::bold(option.value(u"name"_s).toString()) + u' '
                + Roff::italic(option.value(u"value"_s).toString()) + u'\n' + Roff::escape(text) + u'\n';
    }
    for (const QJsonValue &value : command.value(u"flags"_s).toArray()) {
        const QJsonObject flag = value.toObject();
        page += u".TP\n"_s + Roff::bold(flag.value(u"name"_s).toString()) + u'\n'
                + Roff::escape(flag.value(u"description"_s).toString()) + u'\n';
    }
    if (const QJsonArray examples = command.value(u"examples"_s).toArray(); !examples.isEmpty()) {
        page += u".PP\nExamples:\n.RS 2\n.nf\n"_s;
        for (const QJsonValue &example : examples)
            page += Roff::escape(example.toString()) + u'\n';
        page += u".fi\n.RE\n"_s;
    }
    return page + u".RE\n"_s;
}

} // namespace

QString CliManPage::write(const QJsonObject &table, const QString &version, const QString &date)
{
    QString summary = table.value(u"summary"_s).toString();
    if (summary.endsWith(u'.'))
        summary.chop(1);
    if (!summary.isEmpty())
        summary[0] = summary.at(0).toLower();

    QString page = u".\\\" Generated from shipshape-cli's command table by shipshape-manual; do not edit.\n"_s
            + u".TH SHIPSHAPE\\-CLI 1 \"%1\" \"Shipshape %2\" \"Shipshape Manual\"\n"_s.arg(date, Roff::escape(version))
            + u".SH NAME\nshipshape\\-cli \\- "_s + Roff::escape(summary) + u'\n';
    page += u".SH SYNOPSIS\n"_s + Roff::bold(u"shipshape-cli"_s) + u" ["_s + Roff::bold(u"--database"_s) + u' '
            + Roff::italic(u"URL"_s) + u"] ["_s + Roff::bold(u"--json"_s) + u"] "_s + Roff::italic(u"COMMAND"_s)
            + u" ["_s + Roff::italic(u"ARGUMENTS"_s) + u"] ["_s + Roff::italic(u"OPTIONS"_s) + u"]\n"_s;
    page += u".br\n"_s + Roff::bold(u"shipshape-cli"_s) + u' ' + Roff::italic(u"COMMAND"_s) + u' '
            + Roff::bold(u"--help"_s) + u'\n';
    page += u".br\n"_s + Roff::bold(u"shipshape-cli --version"_s) + u'\n';
    page += u".SH DESCRIPTION\n"_s
            + Roff::escape(u"shipshape-cli administers a Shipshape database (the embedded SQLite file or a shared "
                           u"PostgreSQL server) without the desktop app: products, customers, orders and their "
                           u"money, the background worker, customer emails, secrets, staff logins and reports."_s)
            + u"\n.PP\n"_s
            + Roff::escape(u"Options come after the command they belong to; the global options may stand anywhere. "
                           u"ORDER is an order number (1042 or #1042) or its UUID. With --json, output is JSON on "
                           u"standard output and an error is one JSON object on standard error."_s)
            + u'\n';

    page += u".SH OPTIONS\n"_s;
    for (const QJsonValue &value : table.value(u"globalOptions"_s).toArray()) {
        const QJsonObject option = value.toObject();
        page += u".TP\n"_s + Roff::bold(option.value(u"name"_s).toString());
        if (const QString valueName = option.value(u"value"_s).toString(); !valueName.isEmpty())
            page += u' ' + Roff::italic(valueName);
        page += u'\n' + Roff::escape(option.value(u"description"_s).toString()) + u'\n';
    }

    page += u".SH COMMANDS\n"_s;
    for (const QJsonValue &groupValue : table.value(u"groups"_s).toArray()) {
        const QJsonObject group = groupValue.toObject();
        page += u".SS \""_s + Roff::escape(group.value(u"title"_s).toString()) + u"\"\n"_s
                + Roff::escape(group.value(u"summary"_s).toString()) + u'\n';
        for (const QJsonValue &command : group.value(u"commands"_s).toArray())
            page += commandSection(command.toObject());
    }

    page += u".SH \"EXIT STATUS\"\n"_s;
    for (const QJsonValue &value : table.value(u"exitCodes"_s).toArray()) {
        const QJsonObject code = value.toObject();
        page += u".TP\n"_s + Roff::bold(QString::number(code.value(u"code"_s).toInt())) + u'\n'
                + Roff::escape(code.value(u"meaning"_s).toString()) + u'\n';
    }
    page += u".SH ENVIRONMENT\n"_s;
    for (const QJsonValue &value : table.value(u"environment"_s).toArray()) {
        const QJsonObject variable = value.toObject();
        page += u".TP\n"_s + Roff::bold(variable.value(u"name"_s).toString()) + u'\n'
                + Roff::escape(variable.value(u"meaning"_s).toString()) + u'\n';
    }
    page += u".SH FILES\n"_s;
    for (const QJsonValue &value : table.value(u"files"_s).toArray()) {
        const QJsonObject file = value.toObject();
        page += u".TP\n"_s + Roff::italic(file.value(u"path"_s).toString()) + u'\n'
                + Roff::escape(file.value(u"meaning"_s).toString()) + u'\n';
    }
    page += u".SH \"SEE ALSO\"\n"_s + Roff::bold(u"shipshape"_s) + u"(1)\n"_s;
    return page;
}

} // namespace shipshape::manual
