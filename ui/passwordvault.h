#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <optional>

namespace stockroom {

/**
 * Passwords in the operating system's keychain (Secret Service on Linux, Keychain on macOS,
 * Credential Manager on Windows) through QtKeychain, and nowhere else: when no keychain answers,
 * the vault says so and stores nothing — it never falls back to a file. Every call is
 * asynchronous; answers arrive on the caller's thread, and are dropped when @p context is gone.
 */
class PasswordVault final : public QObject
{
    Q_OBJECT
public:
    /** @p service names our entries in the keychain ("Stockroom"). */
    explicit PasswordVault(QString service, QObject *parent = nullptr);

    /** Asks the keychain once whether it can answer; availabilityChanged follows. */
    void probe();
    [[nodiscard]] bool isChecked() const { return m_checked; }
    [[nodiscard]] bool isAvailable() const { return m_available; }
    /** Why not, in the keychain's own words, when it is not available. */
    [[nodiscard]] const QString &unavailableReason() const { return m_reason; }

    /** @p done gets the password, nullopt when there is none, and an error text if it failed. */
    void read(const QString &key, QObject *context,
              std::function<void(std::optional<QString> password, QString error)> done);
    /** @p done gets an empty string on success, otherwise what went wrong. */
    void write(const QString &key, const QString &password, QObject *context,
               std::function<void(QString error)> done);
    /** Deleting an entry that does not exist succeeds. */
    void remove(const QString &key, QObject *context, std::function<void(QString error)> done);

    [[nodiscard]] const QString &service() const { return m_service; }

Q_SIGNALS:
    void availabilityChanged();

private:
    QString m_service;
    bool m_checked = false;
    bool m_available = false;
    QString m_reason;
};

} // namespace stockroom
