// How a failed sign-in is told apart: libpq's and the server's connection messages, and the
// SQLSTATEs of SELECT api.me(). The messages are the ones PostgreSQL 15 and its libpq write.
#include "access/signin.h"

#include <QTest>

using namespace stockroom;

Q_DECLARE_METATYPE(stockroom::SignInFailure)

class TestSignInFailure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectionFailure_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<SignInFailure>("expected");
        QTest::newRow("wrong password")
            << QStringLiteral("connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  "
                              "password authentication failed for user \"asha\"")
            << SignInFailure::WrongPassword;
        QTest::newRow("no password")
            << QStringLiteral("connection to server on socket \"/tmp/x/.s.PGSQL.5432\" failed: "
                              "fe_sendauth: no password supplied")
            << SignInFailure::WrongPassword;
        QTest::newRow("unknown role (trust)")
            << QStringLiteral("connection to server at \"h\", port 5432 failed: FATAL:  role "
                              "\"nobody\" does not exist")
            << SignInFailure::WrongPassword;
        QTest::newRow("disabled")
            << QStringLiteral("connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  "
                              "role \"asha\" is not permitted to log in")
            << SignInFailure::AccountDisabled;
        QTest::newRow("no database")
            << QStringLiteral("connection to server at \"h\", port 5432 failed: FATAL:  database "
                              "\"stockrom\" does not exist")
            << SignInFailure::NoSuchDatabase;
        QTest::newRow("refused")
            << QStringLiteral("connection to server at \"127.0.0.1\", port 1 failed: Connection "
                              "refused\n\tIs the server running on that host and accepting "
                              "TCP/IP connections?")
            << SignInFailure::ServerRefused;
        QTest::newRow("no socket")
            << QStringLiteral("connection to server on socket \"/run/postgresql/.s.PGSQL.5432\" "
                              "failed: No such file or directory\n\tIs the server running locally "
                              "and accepting connections on that socket?")
            << SignInFailure::ServerRefused;
        QTest::newRow("no route")
            << QStringLiteral("connection to server at \"10.1.2.3\", port 5432 failed: No route "
                              "to host")
            << SignInFailure::ServerRefused;
        QTest::newRow("unknown host")
            << QStringLiteral("could not translate host name \"db.example.invalid\" to address: "
                              "Name or service not known")
            << SignInFailure::UnknownHost;
        QTest::newRow("timeout")
            << QStringLiteral("connection to server at \"10.255.255.1\", port 5432 failed: "
                              "timeout expired")
            << SignInFailure::TimedOut;
        QTest::newRow("pg_hba")
            << QStringLiteral("connection to server at \"h\", port 5432 failed: FATAL:  no "
                              "pg_hba.conf entry for host \"10.0.0.5\", user \"asha\", database "
                              "\"stockroom\", SSL off")
            << SignInFailure::NotAllowed;
        QTest::newRow("ssl required")
            << QStringLiteral("connection to server at \"h\", port 5432 failed: server does not "
                              "support SSL, but SSL was required")
            << SignInFailure::SslProblem;
        QTest::newRow("certificate")
            << QStringLiteral("connection to server at \"h\", port 5432 failed: root certificate "
                              "file \"/root/.postgresql/root.crt\" does not exist")
            << SignInFailure::SslProblem;
        // A host named like a failure is not one.
        QTest::newRow("ssl in host name")
            << QStringLiteral("connection to server at \"ssl.example.com\", port 5432 failed: "
                              "Connection refused")
            << SignInFailure::ServerRefused;
        QTest::newRow("too many clients")
            << QStringLiteral("connection to server at \"h\", port 5432 failed: FATAL:  sorry, too "
                              "many clients already")
            << SignInFailure::Other;
    }

    void connectionFailure()
    {
        QFETCH(QString, message);
        QFETCH(SignInFailure, expected);
        QCOMPARE(signInFailureName(classifyConnectionFailure(message)),
                 signInFailureName(expected));
    }

    void identityFailure_data()
    {
        QTest::addColumn<QString>("sqlState");
        QTest::addColumn<SignInFailure>("expected");
        QTest::newRow("not staff") << QStringLiteral("SR001") << SignInFailure::NotStaff;
        QTest::newRow("disabled") << QStringLiteral("SR002") << SignInFailure::AccountDisabled;
        QTest::newRow("no api schema") << QStringLiteral("3F000") << SignInFailure::NotStockroom;
        QTest::newRow("no api.me") << QStringLiteral("42883") << SignInFailure::NotStockroom;
        QTest::newRow("no rights") << QStringLiteral("42501") << SignInFailure::NotStaff;
        QTest::newRow("other SR code") << QStringLiteral("SR004") << SignInFailure::Other;
        QTest::newRow("syntax") << QStringLiteral("42601") << SignInFailure::Other;
    }

    void identityFailure()
    {
        QFETCH(QString, sqlState);
        QFETCH(SignInFailure, expected);
        QCOMPARE(signInFailureName(classifyIdentityFailure(sqlState)), signInFailureName(expected));
    }

    void connectTimeoutIsAddedOnce()
    {
        const ConnectionInfo bare =
            ConnectionInfo().with(QStringLiteral("host"), QStringLiteral("h"));
        QCOMPARE(withConnectTimeout(bare).value(QStringLiteral("connect_timeout")),
                 QString::number(DefaultConnectTimeoutSeconds));
        const ConnectionInfo own =
            bare.with(QStringLiteral("connect_timeout"), QStringLiteral("3"));
        QCOMPARE(withConnectTimeout(own).value(QStringLiteral("connect_timeout")),
                 QStringLiteral("3"));
    }
};

QTEST_GUILESS_MAIN(TestSignInFailure)
#include "tst_signinfailure.moc"
