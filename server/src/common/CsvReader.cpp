#include "common/CsvReader.h"

#include <QStringDecoder>

namespace LeoEnt {

using namespace Qt::StringLiterals;

CsvReader CsvReader::parse(const QByteArray& data)
{
    CsvReader reader;
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString text = decoder(data);
    if (decoder.hasError()) {
        reader.m_error = u"the file is not valid UTF-8"_s;
        return reader;
    }
    const QString firstLine = text.section(u'\n', 0, 0);
    const QChar separator = firstLine.contains(u';') && !firstLine.contains(u',') ? u';' : u',';

    Record record{1, {}};
    QString field;
    bool quoted = false;
    int line = 1;
    const auto endField = [&] {
        record.fields.append(field);
        field.clear();
    };
    const auto endRecord = [&] {
        endField();
        if (record.fields.size() > 1 || !record.fields.first().trimmed().isEmpty())
            reader.m_records.append(record);
        record = Record{line, {}};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
        } else if (c == u'"' && field.isEmpty()) {
            quoted = true;
        } else if (c == separator) {
            endField();
        } else if (c == u'\n') {
            ++line;
            endRecord();
        } else if (c != u'\r') {
            field += c;
        }
    }
    if (quoted) {
        reader.m_error = u"line %1: a quoted field is not closed"_s.arg(record.line);
        return reader;
    }
    endRecord();
    return reader;
}

} // namespace LeoEnt
