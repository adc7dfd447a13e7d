#include "varianthistorymodel.h"

#include "catalog/catalogdiff.h"
#include "db/dbexecutor.h"
#include "db/sqlsession.h"
#include "stream/streamevent.h"

namespace stockroom {

VariantHistoryModel::VariantHistoryModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void VariantHistoryModel::setSource(DbExecutor *executor)
{
    m_executor = executor;
    setVariantId({});
    reload();
}

int VariantHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_history.versions.size());
}

QVariant VariantHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CatalogVersion &v = m_history.versions.at(index.row());
    const bool first = index.row() == m_history.versions.size() - 1;
    switch (role) {
    case VersionNoRole:
        return v.versionNo;
    case WhoRole:
        return v.who;
    case WhenRole:
        return v.when;
    case SourceRole:
        return v.source;
    case SummaryRole: {
        if (first)
            return v.versionNo == 1 ? tr("Created") : tr("First recorded version");
        const QVariantList &changes = m_changes.at(index.row());
        QList<FieldChange> list;
        for (const QVariant &c : changes)
            list.append({{}, c.toMap().value(QStringLiteral("label")).toString(), {}, {}});
        return CatalogDiff::summary(list);
    }
    case CurrentRole:
        return v.versionNo == m_history.version;
    case FirstRole:
        return first;
    case ChangesRole:
        return m_changes.at(index.row());
    default:
        return {};
    }
}

QHash<int, QByteArray> VariantHistoryModel::roleNames() const
{
    return {{VersionNoRole, "versionNo"}, {WhoRole, "who"},         {WhenRole, "when"},
            {SourceRole, "source"},       {SummaryRole, "summary"}, {CurrentRole, "current"},
            {FirstRole, "first"},         {ChangesRole, "changes"}};
}

void VariantHistoryModel::setVariantId(const QString &id)
{
    if (m_variantId == id)
        return;
    m_variantId = id;
    Q_EMIT variantIdChanged();
    reload();
}

void VariantHistoryModel::reload()
{
    const quint64 generation = ++m_generation;
    if (!m_executor || m_variantId.isEmpty()) {
        beginResetModel();
        m_history = {};
        m_changes.clear();
        m_errorText.clear();
        endResetModel();
        setLoading(false);
        Q_EMIT countChanged();
        return;
    }
    setLoading(true);
    m_executor->run<CatalogHistory>(
        this,
        [variant = m_variantId](QSqlDatabase &qdb) {
            QtSqlSession db(qdb);
            return catalogcommands::history(db, variant);
        },
        [this, generation](const DbResult<CatalogHistory> &result) {
            if (generation != m_generation)
                return;
            setLoading(false);
            beginResetModel();
            m_history = result.ok() ? *result.value : CatalogHistory();
            m_errorText =
                result.ok() ? QString() : tr("Could not read the history: %1").arg(result.error);
            m_changes.clear();
            const QList<CatalogVersion> &versions = m_history.versions;
            for (int i = 0; i < versions.size(); ++i) {
                QVariantList rows;
                if (i + 1 < versions.size()) {
                    for (const FieldChange &c :
                         CatalogDiff::diff(versions.at(i + 1).document, versions.at(i).document,
                                           m_history.categories))
                        rows.append(QVariantMap{{QStringLiteral("label"), c.label},
                                                {QStringLiteral("before"), c.before},
                                                {QStringLiteral("after"), c.after}});
                } else {
                    // The first version: what it recorded.
                    for (const DocumentField &f :
                         CatalogDiff::fields(versions.at(i).document, m_history.categories))
                        rows.append(QVariantMap{{QStringLiteral("label"), f.label},
                                                {QStringLiteral("before"), QString()},
                                                {QStringLiteral("after"), f.value}});
                }
                m_changes.append(rows);
            }
            endResetModel();
            Q_EMIT countChanged();
        });
}

void VariantHistoryModel::liveEvent(const StreamEvent &event)
{
    if (!m_variantId.isEmpty() && event.eventType.startsWith(QLatin1String("catalog.variant.")) &&
        event.variantId.toString(QUuid::WithoutBraces) == m_variantId)
        reload();
}

void VariantHistoryModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

} // namespace stockroom
