#include "appcontroller.h"

#include "access/areas.h"
#include "access/signin.h"
#include "db/databaseerror.h"
#include "db/dbexecutor.h"
#include "db/migrator.h"
#include "db/pgconnection.h"
#include "demo/demoaccounts.h"
#include "demo/demoseeder.h"
#include "local/localcluster.h"
#include "local/stockroomdprocess.h"
#include "stream/streamclient.h"
#include "stream/streamevent.h"
#include "stream/streamtickets.h"

#include <QLockFile>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>

namespace stockroom {

namespace {
const QString EmbeddedDatabase = QStringLiteral("stockroom");
const QString EmbeddedServerKey = QStringLiteral("embedded-demo");
// The subscription of every session: the server sends what the person's scope covers.
const QString EverythingInScope = QStringLiteral("global");
} // namespace

AppController::AppController(QSettings &settings, PasswordVault &vault, QObject *parent)
    : QObject(parent)
    , m_signIn(new SignInController(settings, vault, this))
    , m_catalog(new CatalogModel(this))
    , m_categories(new CategoryModel(this))
    , m_categoryTree(new CategoryTreeController(this))
    , m_locations(new LocationModel(this))
    , m_variantDetail(new VariantDetailController(this))
    , m_catalogEditor(new CatalogEditorController(this))
    , m_catalogActions(new CatalogActionsController(this))
    , m_staff(new StaffController(this))
    , m_stock(new StockController(this))
    , m_reservations(new ReservationController(this))
    , m_storeCatalog(new StoreCatalogModel(this))
    , m_live(new LiveController(this))
    , m_prices(new PriceController(this))
    , m_sources(new SourcesController(this))
    , m_catalogImport(new CatalogImportController(this))
{
    connect(m_signIn, &SignInController::signedIn, this, &AppController::startSession);
    // Changes made elsewhere reach the screens' rows; missed ones make them read again.
    connect(m_live, &LiveController::eventReceived, this, [this](const StreamEvent &event) {
        m_stock->liveEvent(event);
        m_reservations->liveEvent(event);
        m_prices->liveEvent(event);
        if (event.eventType == QLatin1String("catalog.price.updated")) {
            const QString variant = event.variantId.toString(QUuid::WithoutBraces);
            m_catalog->refreshRows({variant});
            if (m_variantDetail->variantId() == variant)
                m_variantDetail->reload();
        }
        catalogLiveEvent(event);
        if (event.eventType == QLatin1String("catalog.category.updated")) {
            m_categories->reload();
            categoriesChanged();
        }
        m_sources->liveEvent(event);
        m_storeCatalog->liveEvent(event);
    });
    // What an import changed shows in the catalog and its categories at once.
    connect(m_catalogImport, &CatalogImportController::runFinished, this, [this](bool dryRun) {
        if (!dryRun) {
            m_catalog->reload();
            m_categories->reload();
        }
    });
    // The tree editor's own changes show at once, before their events come back.
    connect(m_categoryTree, &CategoryTreeController::changed, this,
            &AppController::categoriesChanged);
    connect(m_live, &LiveController::reloadRequired, this, [this]() {
        m_categories->reload();
        m_stock->reloadAll();
        m_reservations->model()->reload();
        m_prices->reloadAll();
        m_sources->reload();
        m_storeCatalog->reload();
    });
}

AppController::~AppController()
{
    shutdown();
}

void AppController::start(const Plan &plan)
{
    if (!plan.embedded) {
        setState(State::SignIn);
        return;
    }
    m_serverDescription = tr("Demo database on this computer");
    setStatus(tr("Starting…"), -1);
    // Everything slow (initdb, server start, migrations, seeding) runs on a startup thread.
    m_startupThread = QThread::create([this, plan]() { prepareInBackground(plan); });
    m_startupThread->setObjectName(QStringLiteral("startup"));
    connect(m_startupThread, &QThread::finished, m_startupThread, &QObject::deleteLater);
    connect(m_startupThread, &QObject::destroyed, this, [this]() { m_startupThread = nullptr; });
    m_startupThread->start();
}

void AppController::prepareInBackground(const Plan &plan)
{
    auto status = [this](const QString &text, double progress) {
        QMetaObject::invokeMethod(
            this, [this, text, progress]() { setStatus(text, progress); }, Qt::QueuedConnection);
    };
    auto failLater = [this](const QString &message) {
        QMetaObject::invokeMethod(
            this, [this, message]() { fail(message); }, Qt::QueuedConnection);
    };
    try {
        m_cluster = std::make_unique<LocalCluster>(
            LocalCluster::Options{plan.clusterRoot, plan.durable, 0});
        if (plan.resetDemo) {
            status(tr("Deleting the demo database…"), -1);
            m_cluster->wipe();
        }
        m_cluster->start([&](const QString &step) { status(step, -1); });
        // One window per embedded cluster: a second one would stop the server under the first.
        m_clusterLock =
            std::make_unique<QLockFile>(plan.clusterRoot + QStringLiteral("/desktop.lock"));
        m_clusterLock->setStaleLockTime(0);
        if (!m_clusterLock->tryLock(0)) {
            m_cluster.reset(); // not ours to stop
            failLater(tr("Another Stockroom window is already using the embedded demo database. "
                         "Switch to that window, or close it and start again."));
            return;
        }
        {
            PgConnection admin(m_cluster->superuserConnection(), QStringLiteral("stockroom-setup"));
            if (!admin.scalar(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = $1"),
                              {EmbeddedDatabase}))
                admin.exec(QStringLiteral("CREATE DATABASE %1").arg(EmbeddedDatabase));
        }
        // The superuser prepares the database, and does nothing else.
        {
            PgConnection conn(m_cluster->superuserConnection(EmbeddedDatabase),
                              QStringLiteral("stockroom-setup"));
            Migrator migrator(conn);
            migrator.migrate([&](const Migration &m, int index, int total) {
                status(tr("Preparing the database (%1 of %2: %3)…")
                           .arg(index + 1)
                           .arg(total)
                           .arg(m.fileName),
                       double(index) / total);
            });
            if (!DemoSeeder::hasAnyTenant(conn)) {
                DemoSeedOptions options;
                options.variants = plan.demoVariants;
                DemoSeeder(conn).seed(options, [&](const QString &stage, qint64 done,
                                                   qint64 total) {
                    status(tr("Loading demo data: %1 (%2 of %3)…").arg(stage).arg(done).arg(total),
                           total > 0 ? double(done) / double(total) : -1);
                });
            } else if (const auto tenant = conn.scalar(QStringLiteral(
                           "SELECT tenant_id::text FROM tenants ORDER BY name LIMIT 1"))) {
                // Demo data from before staff accounts existed: add them (no-op when there are).
                createDemoAccounts(conn, *tenant);
            }
        }
        // The server's background jobs run beside the app, as the superuser over the socket.
        QMetaObject::invokeMethod(
            this,
            [this, superuser = m_cluster->superuserConnection(EmbeddedDatabase)]() {
                startJobs(superuser);
            },
            Qt::QueuedConnection);
        // Then the app signs in like any client: a staff login, over TCP, with its password.
        const DemoAccount *chosen = findDemoAccount(plan.demoLogin);
        const DemoAccount &account = chosen ? *chosen : defaultDemoAccount();
        status(tr("Signing in as %1…").arg(account.displayName), -1);
        const quint16 port = m_cluster->port();
        const ConnectionInfo info = ConnectionInfo()
                                        .with(QStringLiteral("host"), QStringLiteral("127.0.0.1"))
                                        .with(QStringLiteral("port"), QString::number(port))
                                        .with(QStringLiteral("dbname"), EmbeddedDatabase)
                                        .with(QStringLiteral("sslmode"), QStringLiteral("disable"))
                                        .with(QStringLiteral("user"), account.login)
                                        .with(QStringLiteral("password"), account.password);
        const SignInResult result = attemptSignIn(info);
        QMetaObject::invokeMethod(
            this, [this, port, info, result]() { embeddedReady(port, info, result); },
            Qt::QueuedConnection);
    } catch (const LocalClusterError &e) {
        failLater(e.message());
    } catch (const MigrationError &e) {
        failLater(e.message() + QLatin1Char('\n') +
                  tr("This is the demo database: start it afresh with --reset-demo."));
    } catch (const DemoSeedError &e) {
        failLater(e.message());
    } catch (const DatabaseError &e) {
        failLater(e.fullText());
    }
}

void AppController::startJobs(const ConnectionInfo &superuser)
{
    if (!m_cluster) // shut down meanwhile
        return;
    m_jobs = std::make_unique<StockroomdProcess>();
    m_jobs->start({QStringLiteral("jobs"), QStringLiteral("--db"), superuser.toConninfo()});
    // The live stream on loopback only, on a port the system picks; it says which once it
    // listens.
    m_serve = std::make_unique<StockroomdProcess>();
    m_serve->setLineObserver([this](const QString &line) {
        static const QRegularExpression listening(QStringLiteral("listening on [^ ]+:(\\d+) "));
        const QRegularExpressionMatch m = listening.match(line);
        if (m.hasMatch())
            embeddedStreamListening(m.captured(1).toUShort());
    });
    m_serve->start({QStringLiteral("serve"), QStringLiteral("--db"), superuser.toConninfo(),
                    QStringLiteral("--listen"), QStringLiteral("127.0.0.1"),
                    QStringLiteral("--port"), QStringLiteral("0")});
}

void AppController::embeddedStreamListening(quint16 port)
{
    m_embeddedStreamUrl = QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(port));
    if (m_stream && m_onEmbeddedDemo && m_stream->state() == StreamClient::State::Offline) {
        m_stream->setUrl(m_embeddedStreamUrl);
        m_stream->start();
    }
}

void AppController::embeddedReady(quint16 port, const ConnectionInfo &info,
                                  const SignInResult &result)
{
    ServerProfile demo;
    demo.name = tr("Demo database on this computer");
    demo.host = QStringLiteral("127.0.0.1");
    demo.port = port;
    demo.database = EmbeddedDatabase;
    demo.sslMode = QStringLiteral("disable");
    demo.lastLogin = defaultDemoAccount().login;
    m_embeddedServer = demo.connectionInfo(QString(), QString());
    m_signIn->setBuiltInServer(EmbeddedServerKey, demo);
    if (!result.ok()) {
        return fail(SignInController::failureText(result, info) + QLatin1Char('\n') +
                    tr("This is the demo database: start it afresh with --reset-demo."));
    }
    startSession(info, *result.identity);
}

void AppController::startSession(const ConnectionInfo &info, const Identity &identity,
                                 const QUrl &streamUrl)
{
    endSession();
    m_identity = identity;
    m_onEmbeddedDemo =
        m_cluster &&
        info.value(QStringLiteral("host")) == m_embeddedServer.value(QStringLiteral("host")) &&
        info.value(QStringLiteral("port")) == m_embeddedServer.value(QStringLiteral("port"));
    m_serverDescription = m_onEmbeddedDemo ? tr("Demo database on this computer")
                                           : tr("%1 on %2")
                                                 .arg(info.value(QStringLiteral("dbname")),
                                                      info.value(QStringLiteral("host")));
    m_sessionInfo = info;
    m_executor = std::make_unique<DbExecutor>(info, QStringLiteral("stockroom-db"));
    connect(m_executor.get(), &DbExecutor::connectedChanged, this,
            [this](bool connected, const QString &message) {
                setConnection(connected,
                              connected ? tr("Connected")
                                        : tr("Connection lost: %1 — reconnecting").arg(message));
            });
    setConnection(true, tr("Connected"));
    attachScreens();
    // The demo's stream may not listen yet; it starts when it does.
    startStream(m_onEmbeddedDemo ? m_embeddedStreamUrl : streamUrl);
    Q_EMIT identityChanged();
    setStatus(QString(), 1);
    setState(State::Ready);
}

void AppController::startStream(const QUrl &url)
{
    m_stream = std::make_unique<StreamClient>(streamTicketsFrom(m_executor.get(), this));
    m_stream->subscribe(EverythingInScope);
    m_live->setClient(m_stream.get(), m_executor.get(), m_identity ? m_identity->login : QString(),
                      [locations = QPointer<LocationModel>(m_locations)](const QString &id) {
                          if (locations)
                              for (const LocationEntry &l : locations->locations())
                                  if (l.id == id)
                                      return l.code;
                          return QString();
                      });
    if (url.isValid()) {
        m_stream->setUrl(url);
        m_stream->start();
    }
}

void AppController::attachScreens()
{
    // Every screen of a session starts afresh: no filter or selection of the previous person.
    // Screens that need the database get the session's thread and tenant here.
    m_catalog->setSearch({});
    m_catalog->setCategoryId({});
    m_catalog->setLocationId({});
    m_variantDetail->setVariantId({});
    m_variantDetail->setLocationId({});
    DbExecutor *executor = m_executor.get();
    const QString tenant = m_identity ? m_identity->tenantId : QString();
    m_catalog->setSource(executor, tenant);
    m_categories->setSource(executor, tenant);
    m_locations->setSource(executor, tenant);
    m_variantDetail->setSource(executor, tenant);
    // The catalog is tenant-wide: admins and store managers edit it (0019).
    const bool editsCatalog = m_identity && (m_identity->role == RoleKind::Admin ||
                                             m_identity->role == RoleKind::StoreManager);
    m_catalogEditor->setSource(executor, tenant, editsCatalog);
    m_catalogActions->setSource(executor, editsCatalog);
    m_categoryTree->setSource(executor, m_categories, editsCatalog);
    m_stock->setSource(executor, tenant);
    m_reservations->setSource(executor, tenant, m_locations);
    m_storeCatalog->setSource(executor, tenant, m_locations);
    // The import works on a connection of its own, as the same person; admins and store
    // managers import, everyone exports what they can read.
    m_catalogImport->setSource(
        m_identity ? std::optional<ConnectionInfo>(m_sessionInfo) : std::nullopt, tenant,
        m_identity &&
            (m_identity->role == RoleKind::Admin || m_identity->role == RoleKind::StoreManager));
    // The Staff screen is an admin's; anyone else's session leaves it without a source.
    const bool admin = m_identity && m_identity->role == RoleKind::Admin;
    // Prices are set by admins and store managers (the area is theirs, core/access/areas.cpp).
    const bool prices = admin || (m_identity && m_identity->role == RoleKind::StoreManager);
    m_prices->setSource(prices ? executor : nullptr, tenant, admin, m_locations);
    m_staff->setSource(admin ? executor : nullptr, admin ? tenant : QString(),
                       admin ? m_identity->login : QString());
    // Sources: admins and store managers (areasFor); an admin also edits the source systems.
    const bool sources =
        m_identity && areasFor(m_identity->role).contains(QLatin1String("sources"));
    m_sources->setSource(sources ? executor : nullptr, sources ? tenant : QString(), admin);
}

void AppController::catalogLiveEvent(const StreamEvent &event)
{
    if (!event.eventType.startsWith(QLatin1String("catalog.variant.")))
        return;
    const QString variant = event.variantId.toString(QUuid::WithoutBraces);
    if (event.eventType == QLatin1String("catalog.variant.deleted"))
        m_catalog->dropRow(variant);
    else
        m_catalog->refreshRow(variant);
    m_variantDetail->liveEvent(event);
    m_catalogEditor->liveEvent(event);
    m_catalogActions->liveEvent(event);
}

void AppController::categoriesChanged()
{
    // A subtree moved elsewhere arrives as one event per category, not always in one turn of
    // the event loop: the screens read once for all that arrive within a short pause (the
    // category model itself reads at most once more while it reads).
    if (m_categoryRefreshPending)
        return;
    m_categoryRefreshPending = true;
    QTimer::singleShot(CategoryCoalesceMs, this, [this]() {
        m_categoryRefreshPending = false;
        // Paths in the list and the panel; the category picker of an open item editor.
        m_catalog->refreshListed();
        if (!m_variantDetail->variantId().isEmpty())
            m_variantDetail->reload();
        m_catalogEditor->reloadCategories();
    });
}

void AppController::endSession()
{
    if (!m_identity && !m_executor)
        return;
    m_identity.reset();
    m_onEmbeddedDemo = false;
    m_live->setClient(nullptr, nullptr, QString());
    m_stream.reset();
    m_executor.reset();
    attachScreens(); // with no source: the screens drop what the previous person saw
    setConnection(false, QString());
    Q_EMIT identityChanged();
}

void AppController::switchUser(const QString &login)
{
    const DemoAccount *account = findDemoAccount(login);
    if (!canSwitchUser() || !account || m_signIn->busy())
        return;
    // Switching is signing out and signing in to the demo server as someone else; a failure
    // is then shown on the sign-in screen like any other.
    endSession();
    setState(State::SignIn);
    m_signIn->setCurrentIndex(0); // the built-in demo server is first
    m_signIn->setLogin(account->login);
    m_signIn->signIn(account->password);
}

void AppController::signOut()
{
    endSession();
    setState(State::SignIn);
}

const Identity &AppController::identity() const
{
    static const Identity none;
    return m_identity ? *m_identity : none;
}

QString AppController::login() const
{
    return m_identity ? m_identity->login : QString();
}

QString AppController::displayName() const
{
    return m_identity ? m_identity->displayName : QString();
}

QString AppController::roleKind() const
{
    return m_identity ? roleKindName(m_identity->role) : QString();
}

QString AppController::roleTitle() const
{
    return m_identity ? roleKindTitle(m_identity->role) : QString();
}

QString AppController::whereText() const
{
    return m_identity ? m_identity->whereText() : QString();
}

QString AppController::tenantName() const
{
    return m_identity ? m_identity->tenantName : QString();
}

QString AppController::tenantId() const
{
    return m_identity ? m_identity->tenantId : QString();
}

QStringList AppController::areas() const
{
    return m_identity ? areasFor(m_identity->role) : QStringList();
}

bool AppController::canSwitchUser() const
{
    return m_identity && m_onEmbeddedDemo;
}

QVariantList AppController::demoAccounts() const
{
    QVariantList list;
    for (const DemoAccount &a : stockroom::demoAccounts()) {
        // The demo's passwords are public (README); the sign-in screen shows them.
        list.append(QVariantMap{{QStringLiteral("login"), a.login},
                                {QStringLiteral("password"), a.password},
                                {QStringLiteral("displayName"), a.displayName},
                                {QStringLiteral("roleTitle"), roleKindTitle(a.role)}});
    }
    return list;
}

void AppController::shutdown()
{
    if (m_startupThread) {
        m_startupThread->wait();
    }
    m_live->setClient(nullptr, nullptr, QString());
    m_stream.reset();
    // Before the cluster, or they would see the server go and try to reconnect.
    m_jobs.reset();
    m_serve.reset();
    m_catalogImport->setSource(std::nullopt, {}, false);
    m_executor.reset();
    if (m_cluster) {
        m_cluster->stop();
        m_cluster.reset();
    }
    m_clusterLock.reset();
}

void AppController::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

void AppController::setStatus(const QString &text, double progress)
{
    m_statusText = text;
    m_progress = progress;
    Q_EMIT statusChanged();
}

void AppController::fail(const QString &message)
{
    m_errorText = message;
    m_state = State::Failed;
    Q_EMIT stateChanged();
}

void AppController::setConnection(bool connected, const QString &text)
{
    if (m_connected == connected && m_connectionText == text)
        return;
    m_connected = connected;
    m_connectionText = text;
    Q_EMIT connectionChanged();
}

} // namespace stockroom
