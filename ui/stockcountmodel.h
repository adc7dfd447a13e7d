#pragma once

#include "stock/stockcommands.h"
#include "stock/stocktypes.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QUuid>
#include <QtQml/qqmlregistration.h>

namespace stockroom {

class DbExecutor;

/**
 * A count sheet: the positions of a filter (at most SheetLimit, in walking order — location,
 * zone, aisle, rack, bin, name), each loaded with its version. The person types what they
 * counted and sees the variance at once; submitting records each entered line with
 * api.record_count under its own request id. A line the database refuses with version_conflict
 * is re-read and shows what changed; the person re-applies the count (against the new version)
 * or discards it. Lines the database accepted are done and no longer editable.
 */
class StockCountModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(bool loadedOnce READ loadedOnce NOTIFY loadingChanged)
    Q_PROPERTY(bool capped READ capped NOTIFY countChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(int enteredCount READ enteredCount NOTIFY progressChanged)
    Q_PROPERTY(int sendingCount READ sendingCount NOTIFY progressChanged)
    Q_PROPERTY(int doneCount READ doneCount NOTIFY progressChanged)
    Q_PROPERTY(int conflictCount READ conflictCount NOTIFY progressChanged)
    Q_PROPERTY(int failedCount READ failedCount NOTIFY progressChanged)
    Q_PROPERTY(int invalidCount READ invalidCount NOTIFY progressChanged)

public:
    enum Role {
        VariantIdRole = Qt::UserRole + 1,
        LocationIdRole,
        SkuRole,
        NameRole,
        LocationCodeRole,
        BinRole,
        OnHandRole,
        ReservedRole,
        VersionRole,
        CountedRole,        // as typed
        CountedProblemRole, // why the typed text is not a quantity
        VarianceRole,       // "+3", "-1.5", "0" ("" when nothing valid is typed); once done, the
                            // variance recorded
        VarianceSignRole,   // 1, -1, 0
        StateRole,          // "open", "sending", "done", "conflict", "failed", "discarded"
        MessageRole,        // the refusal, for "failed"
        NewOnHandRole,      // what the position holds now, for "conflict"
        NewReservedRole,
        NewVersionRole,
    };
    Q_ENUM(Role)

    static constexpr int SheetLimit = 500;

    explicit StockCountModel(QObject *parent = nullptr);
    void setSource(DbExecutor *executor, const QString &tenantId);
    /** Loads a fresh sheet for @p filter (its location, category, search and states). */
    void load(const StockFilter &filter);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] bool loadedOnce() const { return m_loadedOnce; }
    [[nodiscard]] bool capped() const { return m_capped; }
    [[nodiscard]] const QString &errorText() const { return m_errorText; }
    [[nodiscard]] int enteredCount() const;
    [[nodiscard]] int sendingCount() const { return countIn(State::Sending); }
    [[nodiscard]] int doneCount() const { return countIn(State::Done); }
    [[nodiscard]] int conflictCount() const { return countIn(State::Conflict); }
    [[nodiscard]] int failedCount() const { return countIn(State::Failed); }
    [[nodiscard]] int invalidCount() const;

    /** What the person counted on line @p row, as typed. */
    Q_INVOKABLE void setCounted(int row, const QString &text);
    /**
     * Records every open or failed line with a valid count (each its own command and request
     * id); @p reason goes with each. Returns how many were sent.
     */
    Q_INVOKABLE int submit(const QString &reason);
    /** A conflicting line: records the same count against the position as it is now. */
    Q_INVOKABLE bool reapply(int row);
    /** A conflicting line: drops the count; the line shows the position as it is now. */
    Q_INVOKABLE void discard(int row);
    /** Empties the sheet. */
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void countChanged();
    void loadingChanged();
    void errorTextChanged();
    void progressChanged();
    /** A line was recorded; @p result is the position it left (for the list to show). */
    void lineRecorded(const stockroom::StockCommandResult &result);

private:
    enum class State { Open, Sending, Done, Conflict, Failed, Discarded };
    struct Line
    {
        StockPositionRow position; // as loaded (or as re-read after discarding)
        QString counted;
        State state = State::Open;
        QString message;
        QUuid requestId;
        std::optional<StockPositionRow> now; // re-read after a version conflict
        std::optional<Quantity> recorded;    // the variance the database recorded
    };
    [[nodiscard]] int countIn(State state) const;
    void send(int row, const QString &reason);
    void lineChanged(int row);
    void reread(int row, quint64 generation);

    QPointer<DbExecutor> m_executor;
    QString m_tenantId;
    QList<Line> m_lines;
    QString m_reason;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_loadedOnce = false;
    bool m_capped = false;
    QString m_errorText;
};

} // namespace stockroom
