#include "importissuemodel.h"

#include <QCoreApplication>

namespace stockroom {

ImportIssueModel::ImportIssueModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int ImportIssueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_issues.size());
}

QVariant ImportIssueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_issues.size())
        return {};
    const ImportIssue &i = m_issues.at(index.row());
    switch (role) {
    case LineRole:
        return i.line;
    case ColumnRole:
        return importissues::columnTitle(i.column, m_mapping);
    case ValueRole:
        return i.value;
    case ReasonRole:
        return i.reason;
    case CodeRole:
        return i.code;
    }
    return {};
}

QHash<int, QByteArray> ImportIssueModel::roleNames() const
{
    return {{LineRole, "line"},
            {ColumnRole, "column"},
            {ValueRole, "value"},
            {ReasonRole, "reason"},
            {CodeRole, "code"}};
}

void ImportIssueModel::setIssues(const QList<ImportIssue> &issues, const ColumnMapping &mapping)
{
    beginResetModel();
    m_issues = issues;
    m_mapping = mapping;
    endResetModel();
    Q_EMIT countChanged();
}

ImportColumnModel::ImportColumnModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int ImportColumnModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_mapping.headers().size());
}

QVariant ImportColumnModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_mapping.headers().size())
        return {};
    const auto target = m_mapping.target(index.row());
    switch (role) {
    case HeaderRole:
        return m_mapping.headers().at(index.row());
    case SamplesRole:
        return m_samples.value(index.row());
    case TargetRole:
        return target ? catalogcolumns::name(*target) : QString();
    case TargetIndexRole:
        return target ? static_cast<int>(*target) + 1 : 0;
    case RequiredRole:
        return target && catalogcolumns::isRequired(*target);
    }
    return {};
}

QHash<int, QByteArray> ImportColumnModel::roleNames() const
{
    return {{HeaderRole, "header"},
            {SamplesRole, "samples"},
            {TargetRole, "target"},
            {TargetIndexRole, "targetIndex"},
            {RequiredRole, "required"}};
}

QVariantList ImportColumnModel::targets()
{
    QVariantList list{
        QVariantMap{{QStringLiteral("key"), QString()},
                    {QStringLiteral("label"),
                     QCoreApplication::translate("stockroom::ImportColumnModel", "Do not import")},
                    {QStringLiteral("required"), false}}};
    for (int c = 0; c < CatalogColumnCount; ++c) {
        const auto column = static_cast<CatalogColumn>(c);
        list << QVariantMap{{QStringLiteral("key"), catalogcolumns::name(column)},
                            {QStringLiteral("label"), catalogcolumns::label(column)},
                            {QStringLiteral("required"), catalogcolumns::isRequired(column)}};
    }
    return list;
}

void ImportColumnModel::reset(const ColumnMapping &mapping, const QList<QStringList> &samples)
{
    beginResetModel();
    m_mapping = mapping;
    m_samples.clear();
    for (int c = 0; c < mapping.headers().size(); ++c) {
        QStringList values;
        for (const QStringList &row : samples) {
            const QString v = row.value(c).trimmed().simplified();
            if (!v.isEmpty())
                values << (v.size() > 40 ? v.left(39) + QStringLiteral("…") : v);
        }
        m_samples << values.join(QStringLiteral("  ·  "));
    }
    endResetModel();
    Q_EMIT countChanged();
}

void ImportColumnModel::setTarget(int row, const QString &key)
{
    if (row < 0 || row >= m_mapping.headers().size())
        return;
    m_mapping.setTarget(row, key.isEmpty() ? std::nullopt : catalogcolumns::fromName(key));
    // A target taken from another column changes that row too.
    Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

} // namespace stockroom
