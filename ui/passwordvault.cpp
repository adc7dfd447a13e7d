#include "passwordvault.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

namespace stockroom {

namespace {

// An entry that never exists: reading it tells a working keychain ("not found") from none.
const QString ProbeKey = QStringLiteral("stockroom-keychain-probe");

template<typename Job> Job *newJob(const QString &service, const QString &key)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file
    job->setKey(key);
    return job;
}

} // namespace

PasswordVault::PasswordVault(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{}

void PasswordVault::probe()
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service, ProbeKey);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *finished) {
        const QKeychain::Error error = finished->error();
        m_checked = true;
        m_available = error == QKeychain::NoError || error == QKeychain::EntryNotFound;
        m_reason = m_available ? QString() : finished->errorString();
        Q_EMIT availabilityChanged();
    });
    job->start();
}

void PasswordVault::read(const QString &key, QObject *context,
                         std::function<void(std::optional<QString>, QString)> done)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service, key);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [guard, done](QKeychain::Job *finished) {
        if (!guard)
            return;
        switch (finished->error()) {
        case QKeychain::NoError:
            done(static_cast<QKeychain::ReadPasswordJob *>(finished)->textData(), QString());
            break;
        case QKeychain::EntryNotFound:
            done(std::nullopt, QString());
            break;
        default:
            done(std::nullopt, finished->errorString());
        }
    });
    job->start();
}

void PasswordVault::write(const QString &key, const QString &password, QObject *context,
                          std::function<void(QString)> done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(password);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [guard, done](QKeychain::Job *finished) {
        if (guard)
            done(finished->error() == QKeychain::NoError ? QString() : finished->errorString());
    });
    job->start();
}

void PasswordVault::remove(const QString &key, QObject *context, std::function<void(QString)> done)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(m_service, key);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [guard, done](QKeychain::Job *finished) {
        if (!guard)
            return;
        const QKeychain::Error error = finished->error();
        done(error == QKeychain::NoError || error == QKeychain::EntryNotFound
                 ? QString()
                 : finished->errorString());
    });
    job->start();
}

} // namespace stockroom
