#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace LeoEnt {

// RFC 4180 CSV in UTF-8 (a BOM is skipped). The separator is a comma, or a semicolon when the header has
// semicolons and no comma, as spreadsheets write it in French. Quoted fields may hold separators and line breaks.
class CsvReader final
{
public:
    struct Record
    {
        int line = 0; // where the record starts, from 1
        QStringList fields;
    };

    static CsvReader parse(const QByteArray& data);

    QString error() const { return m_error; } // empty when the whole file was read
    const QList<Record>& records() const { return m_records; }

private:
    QString m_error;
    QList<Record> m_records;
};

} // namespace LeoEnt
