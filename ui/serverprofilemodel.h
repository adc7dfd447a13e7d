#pragma once

#include "db/serverprofile.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace stockroom {

/**
 * The servers the sign-in screen offers: the saved profiles, the embedded demo database when it
 * runs (built in, never saved), and a server given on the command line that is not saved yet.
 */
class ServerProfileModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum class Kind { Saved, BuiltIn, Unsaved };

    struct Entry
    {
        ServerProfile profile;
        Kind kind = Kind::Saved;
    };

    enum Role {
        NameRole = Qt::UserRole + 1,
        SummaryRole,
        HostRole,
        PortRole,
        DatabaseRole,
        SslModeRole,
        EditableRole, // saved or unsaved: the editor may change it
        SavedRole,
        BuiltInRole,
        StreamAddressRole, // as typed; empty for the usual place
        StreamUrlRole,     // where live updates come from
    };
    Q_ENUM(Role)

    explicit ServerProfileModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] const QList<Entry> &entries() const { return m_entries; }
    [[nodiscard]] const Entry &at(int row) const { return m_entries.at(row); }
    [[nodiscard]] int indexOfName(const QString &name) const;
    /** The saved profiles only, in order, for the settings. */
    [[nodiscard]] QList<ServerProfile> savedProfiles() const;

    void setEntries(const QList<Entry> &entries);
    /** Replaces row @p row, or appends when @p row is -1; returns the row. */
    int put(int row, const Entry &entry);
    void remove(int row);

Q_SIGNALS:
    void countChanged();

private:
    QList<Entry> m_entries;
};

} // namespace stockroom
