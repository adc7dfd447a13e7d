#pragma once

#include "access/staff.h"
#include "db/connectioninfo.h"

#include <QString>

namespace stockroom::test {

/**
 * A fresh, uniquely named database on the test run's PostgreSQL cluster (started by the
 * "pgcluster" ctest fixture), dropped again when this object goes away. Database tests call
 * QSKIP-free: a missing cluster is a test failure, not a skip.
 */
class TestDatabase
{
public:
    /** Creates the database; when @p migrated, applies every bundled migration to it. */
    explicit TestDatabase(const QString &purpose, bool migrated = true);
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    [[nodiscard]] const ConnectionInfo &info() const { return m_info; }
    [[nodiscard]] QString conninfo() const { return m_info.toConninfo(); }
    [[nodiscard]] const QString &name() const { return m_name; }

    /**
     * Creates a staff login through api.staff_add (as the superuser) and returns how to connect
     * as it. Logins are server-wide, so the name gets a suffix unique to this test run; pass
     * @p login to learn it. The password is TestDatabase::StaffPassword.
     */
    [[nodiscard]] ConnectionInfo addStaff(const QString &tenantId, RoleKind role,
                                          const StaffScope &scope = {},
                                          QString *login = nullptr) const;
    /** Connection info for an existing @p login with @p password on this database. */
    [[nodiscard]] ConnectionInfo loginInfo(const QString &login,
                                           const QString &password = StaffPassword) const;
    inline static const QString StaffPassword = QStringLiteral("test-password-1");

    /** The cluster's superuser connection to its maintenance database. */
    [[nodiscard]] static ConnectionInfo adminInfo();

private:
    QString m_name;
    ConnectionInfo m_info;
};

} // namespace stockroom::test
