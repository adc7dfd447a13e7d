// "Remember me" against a real Secret Service: tests/with-secret-service.sh runs this suite in a
// D-Bus session of its own with an unlocked GNOME Keyring in a throwaway home, and the sign-ins
// go to the real test cluster. Passwords must reach the keychain and never the settings file.
#include "catalogfixture.h"
#include "passwordvault.h"
#include "signincontroller.h"
#include "testdatabase.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace stockroom;

namespace {

const QString Service = QStringLiteral("Stockroom tests");

struct Entry
{
    std::optional<QString> password;
    QString error;
};

Entry readEntry(PasswordVault &vault, const QString &key)
{
    Entry entry;
    bool done = false;
    QObject context;
    vault.read(key, &context, [&](std::optional<QString> password, QString error) {
        entry = {std::move(password), std::move(error)};
        done = true;
    });
    if (!QTest::qWaitFor([&]() { return done; }, 15000))
        entry.error = QStringLiteral("no answer from the keychain");
    return entry;
}

QString writeEntry(PasswordVault &vault, const QString &key, const QString &password)
{
    QString result = QStringLiteral("no answer from the keychain");
    bool done = false;
    QObject context;
    vault.write(key, password, &context, [&](QString error) {
        result = std::move(error);
        done = true;
    });
    if (!QTest::qWaitFor([&]() { return done; }, 15000))
        return QStringLiteral("no answer from the keychain");
    return result;
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    ConnectionInfo m_staff;
    QString m_login;
    QString m_password;
    QTemporaryDir m_dir;

    [[nodiscard]] QString settingsFile(const QString &name) const { return m_dir.filePath(name); }

    void saveTestServer(SignInController &controller)
    {
        QCOMPARE(controller.saveServer(-1, QStringLiteral("Test"),
                                       m_db->info().value(QStringLiteral("host")),
                                       m_db->info().value(QStringLiteral("port")).toInt(),
                                       m_db->name(), QStringLiteral("prefer")),
                 QString());
    }

    static void waitForKeychain(SignInController &controller)
    {
        QTRY_VERIFY_WITH_TIMEOUT(controller.keychainChecked(), 15000);
        QVERIFY2(controller.keychainAvailable(), qPrintable(controller.keychainText()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<test::TestDatabase>(QStringLiteral("keychain"));
        test::catalogfixture::load(m_db->info());
        m_staff = test::catalogfixture::managerOfAlpha(*m_db);
        m_login = m_staff.value(QStringLiteral("user"));
        m_password = m_staff.value(QStringLiteral("password"));
    }

    void cleanupTestCase() { m_db.reset(); }

    void vaultRoundTrip()
    {
        PasswordVault vault(Service);
        vault.probe();
        QTRY_VERIFY_WITH_TIMEOUT(vault.isChecked(), 15000);
        QVERIFY2(vault.isAvailable(), qPrintable(vault.unavailableReason()));
        QCOMPARE(writeEntry(vault, QStringLiteral("someone@Somewhere"), QStringLiteral("s3cret")),
                 QString());
        Entry entry = readEntry(vault, QStringLiteral("someone@Somewhere"));
        QCOMPARE(entry.error, QString());
        QCOMPARE(entry.password.value_or(QString()), QStringLiteral("s3cret"));
        bool removed = false;
        vault.remove(QStringLiteral("someone@Somewhere"), this, [&](const QString &error) {
            QCOMPARE(error, QString());
            removed = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);
        entry = readEntry(vault, QStringLiteral("someone@Somewhere"));
        QCOMPARE(entry.error, QString());
        QVERIFY(!entry.password);
    }

    void rememberMeThenForget()
    {
        const QString file = settingsFile(QStringLiteral("remember.ini"));
        QSettings settings(file, QSettings::IniFormat);
        PasswordVault vault(Service);
        const QString key = m_login + QStringLiteral("@Test"); // login@server
        {
            SignInController controller(settings, vault);
            waitForKeychain(controller);
            saveTestServer(controller);
            controller.setLogin(m_login);
            QVERIFY(!controller.remember());
            controller.setRemember(true);
            QSignalSpy signedIn(&controller, &SignInController::signedIn);
            controller.signIn(m_password);
            QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 15000);
            QTRY_COMPARE_WITH_TIMEOUT(readEntry(vault, key).password.value_or(QString()),
                                      m_password, 15000);
        }
        {
            // The settings know that a password is saved, never the password.
            QFile raw(file);
            QVERIFY(raw.open(QIODevice::ReadOnly));
            const QByteArray text = raw.readAll();
            QVERIFY(!text.contains(m_password.toUtf8()));
            QVERIFY(text.contains(m_login.toUtf8()));
        }
        {
            // A later start: the last login is filled in and its password comes from the keychain.
            SignInController controller(settings, vault);
            waitForKeychain(controller);
            QCOMPARE(controller.login(), m_login);
            QVERIFY(controller.remember());
            QTRY_VERIFY_WITH_TIMEOUT(controller.hasSavedPassword(), 15000);
            QSignalSpy signedIn(&controller, &SignInController::signedIn);
            controller.signIn(QString());
            QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 15000);
            QCOMPARE(controller.errorText(), QString());
            const auto info = signedIn.first().at(0).value<ConnectionInfo>();
            QCOMPARE(info.value(QStringLiteral("user")), m_login);

            // Unticking forgets it at once, in the keychain and in the settings.
            controller.setRemember(false);
            QVERIFY(!controller.hasSavedPassword());
            QTRY_VERIFY_WITH_TIMEOUT(!readEntry(vault, key).password, 15000);
        }
        SignInController later(settings, vault);
        waitForKeychain(later);
        QCOMPARE(later.login(), m_login);
        QVERIFY(!later.remember());
        QVERIFY(!later.hasSavedPassword());
    }

    void staleSavedPasswordIsForgotten()
    {
        QSettings settings(settingsFile(QStringLiteral("stale.ini")), QSettings::IniFormat);
        PasswordVault vault(Service);
        const QString key = m_login + QStringLiteral("@Test");
        {
            SignInController controller(settings, vault);
            waitForKeychain(controller);
            saveTestServer(controller);
            controller.setLogin(m_login);
            controller.setRemember(true);
            QSignalSpy signedIn(&controller, &SignInController::signedIn);
            controller.signIn(m_password);
            QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 15000);
            QTRY_VERIFY_WITH_TIMEOUT(readEntry(vault, key).password.has_value(), 15000);
        }
        // The password changed since it was saved.
        QCOMPARE(writeEntry(vault, key, QStringLiteral("an-old-password")), QString());
        SignInController controller(settings, vault);
        waitForKeychain(controller);
        QTRY_VERIFY_WITH_TIMEOUT(controller.hasSavedPassword(), 15000);
        controller.signIn(QString());
        QTRY_COMPARE_WITH_TIMEOUT(controller.errorKind(), QStringLiteral("wrong_password"), 15000);
        QVERIFY2(controller.errorText().contains(QLatin1String("no longer right")),
                 qPrintable(controller.errorText()));
        QVERIFY(!controller.remember());
        QVERIFY(!controller.hasSavedPassword());
        QTRY_VERIFY_WITH_TIMEOUT(!readEntry(vault, key).password, 15000);
    }
};

QTEST_MAIN(TestKeychain)
#include "tst_keychain.moc"
