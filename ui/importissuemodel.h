#pragma once

#include "import/catalogcolumns.h"
#include "import/importissue.h"

#include <QAbstractListModel>

namespace stockroom {

/** Every issue of an import's bad rows, in line order, for the Import wizard's report. */
class ImportIssueModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        LineRole = Qt::UserRole + 1,
        ColumnRole, // as the file names it: "MRP (mrp)", empty for the whole row
        ValueRole,
        ReasonRole,
        CodeRole,
    };
    Q_ENUM(Role)

    explicit ImportIssueModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setIssues(const QList<ImportIssue> &issues, const ColumnMapping &mapping);
    [[nodiscard]] const QList<ImportIssue> &issues() const { return m_issues; }
    [[nodiscard]] const ColumnMapping &mapping() const { return m_mapping; }

Q_SIGNALS:
    void countChanged();

private:
    QList<ImportIssue> m_issues;
    ColumnMapping m_mapping;
};

/**
 * The file's columns for the Import wizard's column step: each with its header, a few sample
 * values and the canonical column it feeds.
 */
class ImportColumnModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        HeaderRole = Qt::UserRole + 1,
        SamplesRole,     // "Amul Butter · Britannia Bread · …"
        TargetRole,      // canonical name ("sku"), empty when ignored
        TargetIndexRole, // index in ImportColumnModel::targets(): 0 is "Do not import"
        RequiredRole,    // it feeds a required column
    };
    Q_ENUM(Role)

    explicit ImportColumnModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /** "Do not import", then each canonical column ({key, label, required}). */
    [[nodiscard]] static QVariantList targets();

    void reset(const ColumnMapping &mapping, const QList<QStringList> &samples);
    [[nodiscard]] const ColumnMapping &mapping() const { return m_mapping; }
    /** Makes column @p row feed @p key (empty: nothing); rows that change are signalled. */
    void setTarget(int row, const QString &key);

Q_SIGNALS:
    void countChanged();

private:
    ColumnMapping m_mapping;
    QStringList m_samples;
};

} // namespace stockroom
