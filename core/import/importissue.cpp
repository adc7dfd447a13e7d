#include "import/importissue.h"

#include "import/catalogcolumns.h"
#include "import/csvwriter.h"

#include <QCoreApplication>

namespace stockroom::importissues {

QString columnTitle(const QString &column, const ColumnMapping &mapping)
{
    const auto canonical = catalogcolumns::fromName(column);
    if (!canonical)
        return column;
    const QString header = mapping.headerOf(*canonical);
    return header == column ? column : QStringLiteral("%1 (%2)").arg(header, column);
}

bool writeReport(QIODevice *device, const QList<ImportIssue> &issues, const ColumnMapping &mapping)
{
    CsvWriter csv(device);
    if (!csv.writeRecord({QStringLiteral("line"), QStringLiteral("column"), QStringLiteral("value"),
                          QStringLiteral("reason")}))
        return false;
    for (const ImportIssue &issue : issues)
        if (!csv.writeRecord({QString::number(issue.line), columnTitle(issue.column, mapping),
                              issue.value, issue.reason}))
            return false;
    return true;
}

} // namespace stockroom::importissues
