-- Access control inside the database (ARCHITECTURE §4, §6).
--
--  * Every staff member is a LOGIN role in exactly one group role (stockroom_admin,
--    stockroom_store_manager, stockroom_floor_supervisor), mapped by `staff` to one tenant and by
--    `staff_scope` to the stores, locations and dark stores they act on.
--  * Every tenant table has row-level security enabled AND forced. Staff policies key on
--    current_user through the scope tables; no session setting is ever consulted, so
--    `SET app.tenant_id = …` (or any custom setting) changes nothing.
--  * Staff hold SELECT only. Every write is an `api.*` function: SECURITY DEFINER, search_path
--    pinned, EXECUTE revoked from PUBLIC, and a scope check before anything else. Inside such a
--    function current_user is the owner, so a command acts for session_user: the login that
--    authenticated the connection.
--  * Commands are recorded in `command_log` (who, when, which command, request id, result); the
--    same row makes a command idempotent by request id.

-- Part 1 runs as the migrating role: schemas and role attributes.
CREATE SCHEMA auth AUTHORIZATION stockroom_owner;
REVOKE ALL ON SCHEMA auth FROM PUBLIC;
-- The owner creates, alters and disables staff logins from inside the staff commands. It never
-- logs in; only the fixed code of SECURITY DEFINER functions acts with this attribute.
ALTER ROLE stockroom_owner CREATEROLE;
-- api.me() reports the schema version.
GRANT USAGE ON SCHEMA stockroom_meta TO stockroom_owner;
GRANT SELECT ON stockroom_meta.schema_migrations TO stockroom_owner;

-- Nobody but the owner creates objects where the app's objects live (PostgreSQL 15 already
-- withholds CREATE on public from PUBLIC; a database upgraded from an older cluster may not).
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

SET LOCAL ROLE stockroom_owner;

-- Who did it: inside a command function current_user is the owner, so "who" columns record the
-- login of the session instead.
ALTER TABLE catalog_item_versions ALTER COLUMN changed_by SET DEFAULT session_user;
ALTER TABLE variant_prices ALTER COLUMN created_by SET DEFAULT session_user;
ALTER TABLE stock_movements ALTER COLUMN performed_by SET DEFAULT session_user;
ALTER TABLE stock_reservations ALTER COLUMN created_by SET DEFAULT session_user;
ALTER TABLE outbox ALTER COLUMN actor SET DEFAULT session_user;

-- A login belongs to exactly one tenant.
ALTER TABLE staff ADD CONSTRAINT staff_login_role_key UNIQUE (login_role);

-- ── Errors ──────────────────────────────────────────────────────────────────────────────────
-- Every refusal raised by a command carries a stable code as its SQLSTATE (class "SR"), with a
-- message a person can act on. This CASE is the one list of codes; the C++ core maps the same
-- SQLSTATEs (core/api/apierror.cpp) and a test keeps both in step.
CREATE FUNCTION auth.error_sqlstate(code text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE code
        WHEN 'not_staff'              THEN 'SR001'  -- the login is not a staff member here
        WHEN 'account_disabled'       THEN 'SR002'  -- the staff member has been disabled
        WHEN 'not_in_scope'           THEN 'SR003'  -- store/location/dark store/tenant outside scope
        WHEN 'not_permitted'          THEN 'SR004'  -- the role may not run this command
        WHEN 'invalid_argument'       THEN 'SR005'  -- a parameter is missing or malformed
        WHEN 'not_found'              THEN 'SR006'  -- a named thing does not exist
        WHEN 'already_exists'         THEN 'SR007'  -- a thing with that name already exists
        WHEN 'request_reused'         THEN 'SR008'  -- a request id reused for another command
        WHEN 'insufficient_stock'     THEN 'SR010'
        WHEN 'version_conflict'       THEN 'SR011'
        WHEN 'unknown_variant'        THEN 'SR012'
        WHEN 'invalid_quantity'       THEN 'SR013'
        WHEN 'reservation_not_active' THEN 'SR014'
        WHEN 'invalid_transition'     THEN 'SR015'
        ELSE 'SR000' END
$$;

CREATE FUNCTION auth.fail(code text, message text, hint text DEFAULT NULL) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = auth.error_sqlstate(code), MESSAGE = message,
                          DETAIL = 'stockroom:' || code, HINT = coalesce(hint, '');
END
$$;

-- ── Who is calling ──────────────────────────────────────────────────────────────────────────
CREATE TYPE auth.caller AS (
    login_role     name,
    tenant_id      uuid,
    role_kind      text,
    store_ids      uuid[],  -- stores the caller sees (their own, and those of their locations)
    full_store_ids uuid[],  -- stores granted whole (terminals, menus); every store for an admin
    location_ids   uuid[],
    dark_store_ids uuid[]
);

-- The scope of an active staff login, or NULL. Row-level security policies call it once per
-- statement (as an InitPlan) with current_user. A login can only look up itself or a role it
-- may become (a superuser can look up anyone); anything else answers NULL, so nobody learns
-- another login's tenant or scope.
-- PL/pgSQL rather than SQL: its plans are prepared once per session, where a SQL function's
-- would be planned again for every statement that evaluates a policy (measured: ~1 ms a call,
-- several calls per page query).
CREATE FUNCTION auth.caller_of(who name) RETURNS auth.caller
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    me record;
    c auth.caller;
BEGIN
    SELECT s.tenant_id, s.login_role, s.role_kind INTO me
      FROM public.staff s
     WHERE s.login_role = who AND s.is_active;
    IF NOT FOUND OR NOT (who = session_user OR pg_has_role(session_user, who, 'MEMBER')) THEN
        RETURN NULL;
    END IF;
    c.login_role := me.login_role;
    c.tenant_id := me.tenant_id;
    c.role_kind := me.role_kind;
    IF me.role_kind = 'admin' THEN
        c.store_ids := ARRAY(SELECT id FROM public.stores WHERE tenant_id = me.tenant_id);
        c.full_store_ids := c.store_ids;
        c.location_ids := ARRAY(SELECT id FROM public.locations WHERE tenant_id = me.tenant_id);
        c.dark_store_ids := ARRAY(SELECT id FROM public.dark_stores WHERE tenant_id = me.tenant_id);
        RETURN c;
    END IF;
    c.full_store_ids := ARRAY(SELECT store_id FROM public.staff_scope
                               WHERE tenant_id = me.tenant_id AND login_role = me.login_role
                                 AND scope_type = 'store');
    -- Locations: those of granted stores, granted locations, and granted dark stores' own.
    c.location_ids := ARRAY(
        SELECT l.id FROM public.locations l
         WHERE l.tenant_id = me.tenant_id
           AND (l.store_id = ANY (c.full_store_ids)
                OR l.id IN (SELECT sc.location_id FROM public.staff_scope sc
                             WHERE sc.tenant_id = me.tenant_id AND sc.login_role = me.login_role
                               AND sc.scope_type = 'location')
                OR l.id IN (SELECT d.location_id FROM public.dark_stores d
                              JOIN public.staff_scope sc ON sc.tenant_id = d.tenant_id
                                                        AND sc.dark_store_id = d.id
                             WHERE sc.tenant_id = me.tenant_id AND sc.login_role = me.login_role)));
    -- Stores: granted ones and those holding a visible location.
    c.store_ids := ARRAY(SELECT unnest(c.full_store_ids)
                         UNION
                         SELECT l.store_id FROM public.locations l
                          WHERE l.tenant_id = me.tenant_id AND l.id = ANY (c.location_ids));
    -- Dark stores: those whose location is visible.
    c.dark_store_ids := ARRAY(SELECT d.id FROM public.dark_stores d
                               WHERE d.tenant_id = me.tenant_id
                                 AND d.location_id = ANY (c.location_ids));
    RETURN c;
END
$$;

-- The caller of a command: the login of this session. Refuses anyone who is not an active
-- staff member of this database.
CREATE FUNCTION auth.require_caller() RETURNS auth.caller
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c auth.caller;
    active boolean;
BEGIN
    SELECT s.is_active INTO active FROM public.staff s WHERE s.login_role = session_user;
    IF NOT FOUND THEN
        PERFORM auth.fail('not_staff',
            format('The database login "%s" is not a Stockroom staff member in this database.',
                   session_user),
            'Sign in with a staff account, or ask an admin to add this login with "stockroomd staff add".');
    ELSIF NOT active THEN
        PERFORM auth.fail('account_disabled',
            format('The staff account "%s" has been disabled.', session_user),
            'Ask an admin of your tenant to enable it again.');
    END IF;
    c := auth.caller_of(session_user);
    RETURN c;
END
$$;

CREATE FUNCTION auth.require_role(c auth.caller, allowed text[], command text) RETURNS void
    LANGUAGE plpgsql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NOT (c.role_kind = ANY (allowed)) THEN
        PERFORM auth.fail('not_permitted',
            format('A %s may not %s.', replace(c.role_kind, '_', ' '), command),
            format('Only these roles may: %s.', replace(array_to_string(allowed, ', '), '_', ' ')));
    END IF;
END
$$;

-- Refuses unless the caller may act on the store, location or dark store p_id (p_kind names
-- which). An unknown id and another tenant's id get the same answer, so nothing leaks.
CREATE FUNCTION auth.require_in_scope(c auth.caller, p_kind text, p_id uuid) RETURNS void
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    label constant text := replace(p_kind, '_', ' ');
    allowed uuid[] := CASE p_kind WHEN 'store' THEN c.full_store_ids
                                  WHEN 'location' THEN c.location_ids
                                  WHEN 'dark_store' THEN c.dark_store_ids END;
BEGIN
    IF allowed IS NULL THEN
        PERFORM auth.fail('invalid_argument', format('Unknown kind of place "%s".', p_kind));
    END IF;
    IF p_id IS NULL THEN
        PERFORM auth.fail('invalid_argument', format('A %s is required.', label));
    END IF;
    IF NOT (p_id = ANY (allowed)) THEN
        PERFORM auth.fail('not_in_scope',
            format('%s %s is outside your scope (%s "%s").', upper(left(label, 1)) || substr(label, 2), p_id,
                   replace(c.role_kind, '_', ' '), c.login_role),
            format('Choose a %s of your own, or ask an admin to extend your scope.', label));
    END IF;
END
$$;

-- ── Command log ─────────────────────────────────────────────────────────────────────────────
-- One row per committed command. A refused command rolls back and leaves no row: the caller
-- gets the error instead. A repeated request id returns the first result and changes nothing.
CREATE TABLE command_log (
    tenant_id   uuid        NOT NULL REFERENCES tenants ON DELETE CASCADE,
    id          bigint      GENERATED ALWAYS AS IDENTITY,
    request_id  uuid        NOT NULL,
    command     varchar(80) NOT NULL CHECK (command ~ '^[a-z_]+$'),
    actor       name        NOT NULL,
    arguments   jsonb       NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(arguments) = 'object'),
    result      jsonb,
    started_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    finished_at timestamptz,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, request_id),
    CHECK ((result IS NULL) = (finished_at IS NULL))
);
CREATE INDEX command_log_actor ON command_log (tenant_id, actor, started_at);

-- Claims p_request_id for p_command. Returns NULL when the command should run, or the recorded
-- result of the first run when this is a repeat. A concurrent duplicate waits for the first to
-- commit (the unique index), then sees its result; if the first rolled back, it runs.
CREATE FUNCTION auth.begin_command(p_tenant_id uuid, p_command text, p_request_id uuid,
                                   p_arguments jsonb DEFAULT '{}') RETURNS jsonb
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    prior record;
BEGIN
    IF p_request_id IS NULL THEN
        PERFORM auth.fail('invalid_argument',
            format('%s needs a request id (a UUID the caller generates once per action).', p_command));
    END IF;
    INSERT INTO public.command_log (tenant_id, request_id, command, actor, arguments)
    VALUES (p_tenant_id, p_request_id, p_command, session_user, coalesce(p_arguments, '{}'))
    ON CONFLICT (tenant_id, request_id) DO NOTHING;
    IF FOUND THEN
        RETURN NULL;
    END IF;
    SELECT command, result INTO prior FROM public.command_log
     WHERE tenant_id = p_tenant_id AND request_id = p_request_id;
    IF prior.command <> p_command THEN
        PERFORM auth.fail('request_reused',
            format('Request id %s was already used for %s, not %s.', p_request_id, prior.command,
                   p_command),
            'Generate a new request id for every new action.');
    END IF;
    RETURN prior.result;
END
$$;

CREATE FUNCTION auth.finish_command(p_tenant_id uuid, p_request_id uuid, p_result jsonb)
    RETURNS jsonb
    LANGUAGE sql
    SET search_path = pg_catalog, pg_temp
AS $$
    UPDATE public.command_log SET result = p_result, finished_at = clock_timestamp()
     WHERE tenant_id = p_tenant_id AND request_id = p_request_id;
    SELECT p_result;
$$;

-- ── Row-level security ──────────────────────────────────────────────────────────────────────
-- Staff see rows through one of these predicates; the owner (and so every SECURITY DEFINER
-- command) sees everything, and any other role sees nothing.
DO $rls$
DECLARE
    staff_roles constant text := 'stockroom_admin, stockroom_store_manager, stockroom_floor_supervisor';
    me constant text := '(SELECT auth.caller_of(current_user))';
    t record;
BEGIN
    FOR t IN
        SELECT * FROM (VALUES
            -- the tenant's own row
            ('tenants',                       'tenant_id = (%1$s).tenant_id'),
            -- the catalog is tenant-wide
            ('categories',                    'tenant_id = (%1$s).tenant_id'),
            ('units_of_measure',              'tenant_id = (%1$s).tenant_id'),
            ('products',                      'tenant_id = (%1$s).tenant_id'),
            ('variants',                      'tenant_id = (%1$s).tenant_id'),
            ('variant_barcodes',              'tenant_id = (%1$s).tenant_id'),
            ('variant_uoms',                  'tenant_id = (%1$s).tenant_id'),
            ('source_systems',                'tenant_id = (%1$s).tenant_id'),
            ('source_entities',               'tenant_id = (%1$s).tenant_id'),
            ('catalog_ingestion_runs',        'tenant_id = (%1$s).tenant_id'),
            ('catalog_item_versions',         'tenant_id = (%1$s).tenant_id'),
            -- prices for every location, or for one in scope
            ('variant_prices',                'tenant_id = (%1$s).tenant_id AND (location_id IS NULL OR location_id = ANY ((%1$s).location_ids))'),
            -- structure
            ('stores',                        'tenant_id = (%1$s).tenant_id AND id = ANY ((%1$s).store_ids)'),
            ('locations',                     'tenant_id = (%1$s).tenant_id AND id = ANY ((%1$s).location_ids)'),
            ('terminals',                     'tenant_id = (%1$s).tenant_id AND store_id = ANY ((%1$s).full_store_ids)'),
            ('dark_stores',                   'tenant_id = (%1$s).tenant_id AND id = ANY ((%1$s).dark_store_ids)'),
            ('dark_store_zones',              'tenant_id = (%1$s).tenant_id AND dark_store_id = ANY ((%1$s).dark_store_ids)'),
            ('dark_store_pickers',            'tenant_id = (%1$s).tenant_id AND dark_store_id = ANY ((%1$s).dark_store_ids)'),
            -- stock, per location
            ('stock_positions',               'tenant_id = (%1$s).tenant_id AND location_id = ANY ((%1$s).location_ids)'),
            ('stock_movements',               'tenant_id = (%1$s).tenant_id AND location_id = ANY ((%1$s).location_ids)'),
            ('stock_reservations',            'tenant_id = (%1$s).tenant_id AND location_id = ANY ((%1$s).location_ids)'),
            ('inventory_batches',             'tenant_id = (%1$s).tenant_id AND location_id = ANY ((%1$s).location_ids)'),
            ('orderability_projection',       'tenant_id = (%1$s).tenant_id AND location_id = ANY ((%1$s).location_ids)'),
            -- dark-store operations, per dark store
            ('dark_store_orders',             'tenant_id = (%1$s).tenant_id AND dark_store_id = ANY ((%1$s).dark_store_ids)'),
            ('dark_store_metrics',            'tenant_id = (%1$s).tenant_id AND dark_store_id = ANY ((%1$s).dark_store_ids)'),
            ('dark_store_catalog_projection', 'tenant_id = (%1$s).tenant_id AND dark_store_id = ANY ((%1$s).dark_store_ids)'),
            ('dark_store_order_items',        'tenant_id = (%1$s).tenant_id AND EXISTS (SELECT 1 FROM public.dark_store_orders o WHERE o.tenant_id = dark_store_order_items.tenant_id AND o.id = dark_store_order_items.order_id)'),
            -- restaurant menus, per store
            ('restaurant_menus',              'tenant_id = (%1$s).tenant_id AND restaurant_id = ANY ((%1$s).store_ids)'),
            ('menu_items',                    'tenant_id = (%1$s).tenant_id AND EXISTS (SELECT 1 FROM public.restaurant_menus m WHERE m.tenant_id = menu_items.tenant_id AND m.id = menu_items.menu_id)'),
            -- people: yourself, or everyone of the tenant for an admin
            ('staff',                         'tenant_id = (%1$s).tenant_id AND (login_role = current_user OR (%1$s).role_kind = ''admin'')'),
            ('staff_scope',                   'tenant_id = (%1$s).tenant_id AND (login_role = current_user OR (%1$s).role_kind = ''admin'')'),
            ('command_log',                   'tenant_id = (%1$s).tenant_id AND (actor = current_user OR (%1$s).role_kind = ''admin'')'),
            -- events: catalog-wide ones, and those of locations and dark stores in scope
            ('outbox',                        'tenant_id = (%1$s).tenant_id AND ((%1$s).role_kind = ''admin'' OR (location_id IS NULL AND dark_store_id IS NULL) OR location_id = ANY ((%1$s).location_ids) OR dark_store_id = ANY ((%1$s).dark_store_ids))')
        ) AS v(tbl, predicate)
    LOOP
        EXECUTE format('ALTER TABLE public.%I ENABLE ROW LEVEL SECURITY', t.tbl);
        EXECUTE format('ALTER TABLE public.%I FORCE ROW LEVEL SECURITY', t.tbl);
        EXECUTE format('CREATE POLICY owner_all ON public.%I TO stockroom_owner USING (true) WITH CHECK (true)', t.tbl);
        EXECUTE format('CREATE POLICY staff_read ON public.%I FOR SELECT TO %s USING (%s)',
                       t.tbl, staff_roles, format(t.predicate, me));
    END LOOP;
END
$rls$;

-- Ledger partitions are reached through stock_movements only: reading one directly would skip
-- the parent's policies, so each is forced too, with no staff policy and no staff grant.
CREATE FUNCTION auth.seal_partition(part regclass) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', part);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', part);
    EXECUTE format('CREATE POLICY owner_all ON %s TO stockroom_owner USING (true) WITH CHECK (true)', part);
    EXECUTE format('REVOKE ALL ON %s FROM PUBLIC, stockroom_admin, stockroom_store_manager, stockroom_floor_supervisor', part);
END
$$;

SELECT auth.seal_partition(inhrelid::regclass)
  FROM pg_inherits WHERE inhparent = 'public.stock_movements'::regclass;

CREATE OR REPLACE FUNCTION stock_movements_prepare_months(first_month date, months integer) RETURNS integer
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
AS $$
DECLARE
    m date;
    created integer := 0;
    part text;
BEGIN
    FOR i IN 0 .. months - 1 LOOP
        m := date_trunc('month', first_month)::date + make_interval(months => i);
        part := format('stock_movements_%s', to_char(m, 'YYYY_MM'));
        IF to_regclass(part) IS NULL THEN
            EXECUTE format('CREATE TABLE %I PARTITION OF stock_movements FOR VALUES FROM (%L) TO (%L)',
                           part, m::timestamp AT TIME ZONE 'UTC', (m + interval '1 month')::timestamp AT TIME ZONE 'UTC');
            -- TRUNCATE of a partition does not fire the parent's trigger.
            EXECUTE format('CREATE TRIGGER no_truncate BEFORE TRUNCATE ON %I'
                           ' FOR EACH STATEMENT EXECUTE FUNCTION stock_movements_append_only()', part);
            PERFORM auth.seal_partition(part::regclass);
            created := created + 1;
        END IF;
    END LOOP;
    RETURN created;
END
$$;

-- ── Privileges ──────────────────────────────────────────────────────────────────────────────
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA api, auth
    TO stockroom_admin, stockroom_store_manager, stockroom_floor_supervisor;
-- Reading is governed by the policies above; writing only through api functions.
DO $grants$
DECLARE
    t record;
BEGIN
    FOR t IN
        SELECT c.oid::regclass AS rel FROM pg_class c
         WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
           AND NOT c.relispartition
    LOOP
        EXECUTE format('GRANT SELECT ON %s TO stockroom_admin, stockroom_store_manager, stockroom_floor_supervisor', t.rel);
    END LOOP;
END
$grants$;
-- Functions the owner creates from here on are private until granted.
ALTER DEFAULT PRIVILEGES FOR ROLE stockroom_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA auth FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION stock_movements_prepare_months(date, integer) FROM PUBLIC;
-- Policies evaluate caller_of as the querying staff member.
GRANT EXECUTE ON FUNCTION auth.caller_of(name)
    TO stockroom_admin, stockroom_store_manager, stockroom_floor_supervisor;

-- ── api.me ──────────────────────────────────────────────────────────────────────────────────
CREATE FUNCTION api.me() RETURNS jsonb
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c auth.caller := auth.require_caller();
    result jsonb;
BEGIN
    SELECT jsonb_build_object(
        'login', s.login_role,
        'display_name', s.display_name,
        'role', s.role_kind,
        'tenant', jsonb_build_object('id', t.tenant_id, 'name', t.name, 'slug', t.slug,
                                     'currency', t.currency, 'timezone', t.timezone),
        'stores', coalesce((SELECT jsonb_agg(jsonb_build_object('id', st.id, 'code', st.code,
                                    'name', st.name, 'city', st.city) ORDER BY st.code)
                              FROM public.stores st
                             WHERE st.tenant_id = c.tenant_id AND st.id = ANY (c.store_ids)), '[]'),
        'locations', coalesce((SELECT jsonb_agg(jsonb_build_object('id', l.id, 'code', l.code,
                                    'name', l.name, 'store_id', l.store_id,
                                    'location_type', l.location_type) ORDER BY l.code)
                                 FROM public.locations l
                                WHERE l.tenant_id = c.tenant_id AND l.id = ANY (c.location_ids)), '[]'),
        'dark_stores', coalesce((SELECT jsonb_agg(jsonb_build_object('id', d.id, 'code', d.code,
                                    'name', d.name, 'location_id', d.location_id,
                                    'status', d.status) ORDER BY d.code)
                                   FROM public.dark_stores d
                                  WHERE d.tenant_id = c.tenant_id AND d.id = ANY (c.dark_store_ids)), '[]'),
        -- what was granted, as opposed to what that grants sight of
        'scope', coalesce((SELECT jsonb_agg(jsonb_build_object('type', sc.scope_type,
                                    'id', coalesce(sc.store_id, sc.location_id, sc.dark_store_id))
                                    ORDER BY sc.scope_type, sc.created_at)
                             FROM public.staff_scope sc
                            WHERE sc.tenant_id = c.tenant_id AND sc.login_role = c.login_role), '[]'),
        'schema_version', (SELECT max(version) FROM stockroom_meta.schema_migrations))
      INTO result
      FROM public.staff s JOIN public.tenants t USING (tenant_id)
     WHERE s.tenant_id = c.tenant_id AND s.login_role = c.login_role;
    RETURN result;
END
$$;

-- ── Staff administration ────────────────────────────────────────────────────────────────────
-- Run by an admin of the tenant (the Staff screen) or by a database operator — a superuser or a
-- member of stockroom_owner, such as `stockroomd staff …`. Returns the tenant to act on.
CREATE FUNCTION auth.require_staff_admin(p_tenant_id uuid, action text) RETURNS uuid
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c auth.caller;
BEGIN
    IF p_tenant_id IS NULL THEN
        PERFORM auth.fail('invalid_argument', 'A tenant id is required.');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM public.staff WHERE login_role = session_user)
       AND pg_has_role(session_user, 'stockroom_owner', 'MEMBER') THEN
        IF NOT EXISTS (SELECT 1 FROM public.tenants WHERE tenant_id = p_tenant_id) THEN
            PERFORM auth.fail('not_found', format('There is no tenant %s in this database.', p_tenant_id),
                              'List tenants with: SELECT tenant_id, name FROM tenants;');
        END IF;
        RETURN p_tenant_id;
    END IF;
    c := auth.require_caller();
    PERFORM auth.require_role(c, ARRAY['admin'], action);
    IF c.tenant_id <> p_tenant_id THEN
        PERFORM auth.fail('not_in_scope',
            format('Tenant %s is not yours; you administer tenant %s.', p_tenant_id, c.tenant_id));
    END IF;
    RETURN p_tenant_id;
END
$$;

-- The target must be a staff member of the tenant.
CREATE FUNCTION auth.require_staff_member(p_tenant_id uuid, p_login text) RETURNS public.staff
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    s public.staff;
BEGIN
    SELECT * INTO s FROM public.staff WHERE tenant_id = p_tenant_id AND login_role = p_login
       FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM auth.fail('not_found', format('There is no staff member "%s" in this tenant.', p_login),
                          'Check the spelling; "stockroomd staff list" shows every login.');
    END IF;
    RETURN s;
END
$$;

-- Replaces, extends or narrows a staff member's scope, checking every id and the rules of the
-- role: an admin has the whole tenant and no scope rows; a floor supervisor only dark stores;
-- a store manager needs at least one store, location or dark store.
CREATE FUNCTION auth.apply_scope(p_tenant_id uuid, p_login text, p_role text, p_mode text,
                                 p_store_ids uuid[], p_location_ids uuid[],
                                 p_dark_store_ids uuid[]) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    missing record;
    n integer;
    -- Every id named, as parallel (kind, id) arrays.
    kinds text[] := array_fill('store'::text, ARRAY[coalesce(cardinality(p_store_ids), 0)])
                    || array_fill('location'::text, ARRAY[coalesce(cardinality(p_location_ids), 0)])
                    || array_fill('dark_store'::text, ARRAY[coalesce(cardinality(p_dark_store_ids), 0)]);
    ids uuid[] := coalesce(p_store_ids, '{}') || coalesce(p_location_ids, '{}')
                  || coalesce(p_dark_store_ids, '{}');
BEGIN
    SELECT w.kind, w.id INTO missing FROM unnest(kinds, ids) AS w(kind, id)
     WHERE NOT EXISTS (SELECT 1 FROM public.stores s WHERE w.kind = 'store'
                          AND s.tenant_id = p_tenant_id AND s.id = w.id
                       UNION ALL
                       SELECT 1 FROM public.locations l WHERE w.kind = 'location'
                          AND l.tenant_id = p_tenant_id AND l.id = w.id
                       UNION ALL
                       SELECT 1 FROM public.dark_stores d WHERE w.kind = 'dark_store'
                          AND d.tenant_id = p_tenant_id AND d.id = w.id)
     LIMIT 1;
    IF FOUND THEN
        PERFORM auth.fail('not_found', format('There is no %s %s in this tenant.',
                                              replace(missing.kind, '_', ' '), missing.id));
    END IF;

    IF p_mode = 'set' THEN
        DELETE FROM public.staff_scope WHERE tenant_id = p_tenant_id AND login_role = p_login;
    END IF;
    IF p_mode IN ('set', 'grant') THEN
        INSERT INTO public.staff_scope (tenant_id, login_role, scope_type, store_id, location_id,
                                        dark_store_id)
        SELECT p_tenant_id, p_login, w.kind,
               CASE WHEN w.kind = 'store' THEN w.id END,
               CASE WHEN w.kind = 'location' THEN w.id END,
               CASE WHEN w.kind = 'dark_store' THEN w.id END
          FROM unnest(kinds, ids) AS w(kind, id)
        ON CONFLICT DO NOTHING;
    ELSIF p_mode = 'revoke' THEN
        DELETE FROM public.staff_scope sc USING unnest(kinds, ids) AS w(kind, id)
         WHERE sc.tenant_id = p_tenant_id AND sc.login_role = p_login
           AND sc.scope_type = w.kind AND coalesce(sc.store_id, sc.location_id, sc.dark_store_id) = w.id;
    ELSE
        PERFORM auth.fail('invalid_argument',
                          format('Unknown scope change "%s"; use set, grant or revoke.', p_mode));
    END IF;

    -- The rules of the role hold for the result.
    IF p_role = 'admin' THEN
        IF EXISTS (SELECT 1 FROM public.staff_scope WHERE tenant_id = p_tenant_id AND login_role = p_login) THEN
            PERFORM auth.fail('invalid_argument',
                'An admin acts on the whole tenant and takes no stores, locations or dark stores.',
                'Leave the scope empty for an admin.');
        END IF;
    ELSIF p_role = 'floor_supervisor' THEN
        IF EXISTS (SELECT 1 FROM public.staff_scope WHERE tenant_id = p_tenant_id
                      AND login_role = p_login AND scope_type <> 'dark_store') THEN
            PERFORM auth.fail('invalid_argument',
                'A floor supervisor works in dark stores only; remove the stores and locations.');
        END IF;
        SELECT count(*) INTO n FROM public.staff_scope WHERE tenant_id = p_tenant_id AND login_role = p_login;
        IF n = 0 THEN
            PERFORM auth.fail('invalid_argument',
                format('Floor supervisor "%s" would have no dark store.', p_login),
                'Give at least one dark store (--dark-store ID).');
        END IF;
    ELSE
        SELECT count(*) INTO n FROM public.staff_scope WHERE tenant_id = p_tenant_id AND login_role = p_login;
        IF n = 0 THEN
            PERFORM auth.fail('invalid_argument',
                format('Store manager "%s" would have no store, location or dark store.', p_login),
                'Give at least one (--store, --location or --dark-store).');
        END IF;
    END IF;
END
$$;

CREATE FUNCTION auth.check_verifier(p_verifier text) RETURNS void
    LANGUAGE plpgsql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    -- Only a SCRAM verifier computed by the client crosses the wire; a plain password would
    -- sit in this statement's text, in logs and in pg_stat_activity.
    IF p_verifier IS NULL OR p_verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        PERFORM auth.fail('invalid_argument',
            'The password must arrive as a SCRAM-SHA-256 verifier, never as plain text.',
            'Use the Stockroom app or "stockroomd staff add", which compute it locally.');
    END IF;
END
$$;

CREATE FUNCTION auth.group_of(p_role text) RETURNS name
    LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE p_role WHEN 'admin' THEN 'stockroom_admin'
                       WHEN 'store_manager' THEN 'stockroom_store_manager'
                       WHEN 'floor_supervisor' THEN 'stockroom_floor_supervisor' END::name
$$;

-- Makes p_login a LOGIN role with this verifier, in exactly the one group of p_role.
CREATE FUNCTION auth.configure_login(p_login text, p_role text, p_verifier text) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    g name;
BEGIN
    -- New roles are NOSUPERUSER NOREPLICATION NOBYPASSRLS; only a superuser could change that,
    -- and an adopted role that has any of them is refused rather than used.
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login
                  AND (rolsuper OR rolbypassrls OR rolreplication)) THEN
        PERFORM auth.fail('not_permitted',
            format('The login "%s" is a superuser or bypasses row-level security; it cannot be staff.', p_login),
            'Choose another login name.');
    END IF;
    EXECUTE format('ALTER ROLE %I LOGIN NOCREATEDB NOCREATEROLE INHERIT PASSWORD %L',
                   p_login, p_verifier);
    FOREACH g IN ARRAY ARRAY['stockroom_admin', 'stockroom_store_manager',
                             'stockroom_floor_supervisor', 'stockroom_owner']::name[] LOOP
        IF g <> auth.group_of(p_role) AND pg_has_role(p_login, g, 'MEMBER') THEN
            EXECUTE format('REVOKE %I FROM %I', g, p_login);
        END IF;
    END LOOP;
    EXECUTE format('GRANT %I TO %I', auth.group_of(p_role), p_login);
END
$$;

CREATE FUNCTION api.staff_add(p_request_id uuid, p_tenant_id uuid, p_login text,
                              p_display_name text, p_role text, p_password_verifier text,
                              p_store_ids uuid[] DEFAULT '{}', p_location_ids uuid[] DEFAULT '{}',
                              p_dark_store_ids uuid[] DEFAULT '{}') RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    tenant uuid := auth.require_staff_admin(p_tenant_id, 'add staff');
    prior jsonb;
BEGIN
    prior := auth.begin_command(tenant, 'staff_add', p_request_id,
                                jsonb_build_object('login', p_login, 'role', p_role));
    IF prior IS NOT NULL THEN
        RETURN prior;
    END IF;
    IF p_role IS NULL OR auth.group_of(p_role) IS NULL THEN
        PERFORM auth.fail('invalid_argument',
            format('Unknown role "%s"; use admin, store_manager or floor_supervisor.', p_role));
    END IF;
    IF p_login IS NULL OR p_login !~ '^[a-z][a-z0-9_.-]{2,62}$' THEN
        PERFORM auth.fail('invalid_argument',
            format('"%s" cannot be a login: use 3–63 characters, lower-case letters, digits, '
                   '".", "_" or "-", starting with a letter.', p_login));
    END IF;
    IF p_login LIKE 'pg\_%' OR p_login LIKE 'stockroom\_%' THEN
        PERFORM auth.fail('invalid_argument',
            format('"%s" is a reserved name; logins may not start with pg_ or stockroom_.', p_login));
    END IF;
    IF p_display_name IS NULL OR btrim(p_display_name) = '' THEN
        PERFORM auth.fail('invalid_argument', 'A display name is required (the person''s name).');
    END IF;
    PERFORM auth.check_verifier(p_password_verifier);
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        PERFORM auth.fail('already_exists',
            format('A database login named "%s" already exists on this server.', p_login),
            'Choose another login name.');
    END IF;

    EXECUTE format('CREATE ROLE %I LOGIN', p_login);
    PERFORM auth.configure_login(p_login, p_role, p_password_verifier);
    INSERT INTO public.staff (tenant_id, login_role, display_name, role_kind)
    VALUES (tenant, p_login, btrim(p_display_name), p_role);
    PERFORM auth.apply_scope(tenant, p_login, p_role, 'set', p_store_ids, p_location_ids,
                             p_dark_store_ids);
    RETURN auth.finish_command(tenant, p_request_id,
        jsonb_build_object('login', p_login, 'role', p_role, 'tenant_id', tenant));
END
$$;

-- p_mode: 'set' replaces the scope, 'grant' adds to it, 'revoke' removes from it.
CREATE FUNCTION api.staff_change_scope(p_request_id uuid, p_tenant_id uuid, p_login text,
                                       p_mode text, p_store_ids uuid[] DEFAULT '{}',
                                       p_location_ids uuid[] DEFAULT '{}',
                                       p_dark_store_ids uuid[] DEFAULT '{}') RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    tenant uuid := auth.require_staff_admin(p_tenant_id, 'change staff scope');
    prior jsonb;
    s public.staff;
BEGIN
    prior := auth.begin_command(tenant, 'staff_change_scope', p_request_id,
                                jsonb_build_object('login', p_login, 'mode', p_mode,
                                    'stores', p_store_ids, 'locations', p_location_ids,
                                    'dark_stores', p_dark_store_ids));
    IF prior IS NOT NULL THEN
        RETURN prior;
    END IF;
    s := auth.require_staff_member(tenant, p_login);
    PERFORM auth.apply_scope(tenant, p_login, s.role_kind, p_mode, p_store_ids, p_location_ids,
                             p_dark_store_ids);
    UPDATE public.staff SET updated_at = now() WHERE tenant_id = tenant AND login_role = p_login;
    RETURN auth.finish_command(tenant, p_request_id,
        jsonb_build_object('login', p_login, 'scope_rows',
            (SELECT count(*) FROM public.staff_scope WHERE tenant_id = tenant AND login_role = p_login)));
END
$$;

-- Disabling takes the LOGIN right away (no new sessions) and, through caller_of, empties what
-- any session still open can see or do. Enabling restores both.
CREATE FUNCTION api.staff_set_active(p_request_id uuid, p_tenant_id uuid, p_login text,
                                     p_active boolean) RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    tenant uuid := auth.require_staff_admin(p_tenant_id,
                                            CASE WHEN p_active THEN 'enable staff' ELSE 'disable staff' END);
    prior jsonb;
    s public.staff;
BEGIN
    prior := auth.begin_command(tenant, 'staff_set_active', p_request_id,
                                jsonb_build_object('login', p_login, 'active', p_active));
    IF prior IS NOT NULL THEN
        RETURN prior;
    END IF;
    IF p_active IS NULL THEN
        PERFORM auth.fail('invalid_argument', 'Say whether the account is to be active (true) or disabled (false).');
    END IF;
    s := auth.require_staff_member(tenant, p_login);
    IF NOT p_active AND p_login = session_user THEN
        PERFORM auth.fail('not_permitted', 'You cannot disable your own account.',
                          'Ask another admin, or use "stockroomd staff disable".');
    END IF;
    EXECUTE format('ALTER ROLE %I %s', p_login, CASE WHEN p_active THEN 'LOGIN' ELSE 'NOLOGIN' END);
    UPDATE public.staff SET is_active = p_active, updated_at = now()
     WHERE tenant_id = tenant AND login_role = p_login;
    RETURN auth.finish_command(tenant, p_request_id,
        jsonb_build_object('login', p_login, 'active', p_active, 'was_active', s.is_active));
END
$$;

CREATE FUNCTION api.staff_set_password(p_request_id uuid, p_tenant_id uuid, p_login text,
                                       p_password_verifier text) RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    tenant uuid := auth.require_staff_admin(p_tenant_id, 'set staff passwords');
    prior jsonb;
    s public.staff;
BEGIN
    prior := auth.begin_command(tenant, 'staff_set_password', p_request_id,
                                jsonb_build_object('login', p_login));
    IF prior IS NOT NULL THEN
        RETURN prior;
    END IF;
    s := auth.require_staff_member(tenant, p_login);
    PERFORM auth.check_verifier(p_password_verifier);
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_password_verifier);
    UPDATE public.staff SET updated_at = now() WHERE tenant_id = tenant AND login_role = p_login;
    RETURN auth.finish_command(tenant, p_request_id, jsonb_build_object('login', p_login));
END
$$;

-- Demo accounts only (seed-demo, run by an operator): adopts a login that already exists on
-- the server — roles are server-wide, so a second demo database meets the first one's — and
-- resets it to the documented demo password and role.
CREATE FUNCTION api.staff_adopt_demo_login(p_request_id uuid, p_tenant_id uuid, p_login text,
                                           p_display_name text, p_role text,
                                           p_password_verifier text,
                                           p_store_ids uuid[] DEFAULT '{}',
                                           p_location_ids uuid[] DEFAULT '{}',
                                           p_dark_store_ids uuid[] DEFAULT '{}') RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM public.staff WHERE login_role = session_user)
       OR NOT pg_has_role(session_user, 'stockroom_owner', 'MEMBER') THEN
        PERFORM auth.fail('not_permitted', 'Only a database operator may set up demo accounts.');
    END IF;
    IF p_login !~ '^demo_' THEN
        PERFORM auth.fail('invalid_argument', 'Only logins named demo_… can be adopted as demo accounts.');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        RETURN api.staff_add(p_request_id, p_tenant_id, p_login, p_display_name, p_role,
                             p_password_verifier, p_store_ids, p_location_ids, p_dark_store_ids);
    END IF;
    IF auth.begin_command(p_tenant_id, 'staff_add', p_request_id,
                          jsonb_build_object('login', p_login, 'role', p_role, 'adopted', true)) IS NOT NULL THEN
        RETURN (SELECT result FROM public.command_log WHERE tenant_id = p_tenant_id AND request_id = p_request_id);
    END IF;
    PERFORM auth.check_verifier(p_password_verifier);
    PERFORM auth.configure_login(p_login, p_role, p_password_verifier);
    INSERT INTO public.staff (tenant_id, login_role, display_name, role_kind)
    VALUES (p_tenant_id, p_login, p_display_name, p_role);
    PERFORM auth.apply_scope(p_tenant_id, p_login, p_role, 'set', p_store_ids, p_location_ids,
                             p_dark_store_ids);
    RETURN auth.finish_command(p_tenant_id, p_request_id,
        jsonb_build_object('login', p_login, 'role', p_role, 'tenant_id', p_tenant_id, 'adopted', true));
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA api FROM PUBLIC;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA auth FROM PUBLIC;
GRANT EXECUTE ON FUNCTION auth.caller_of(name)
    TO stockroom_admin, stockroom_store_manager, stockroom_floor_supervisor;
GRANT EXECUTE ON FUNCTION api.me() TO stockroom_admin, stockroom_store_manager, stockroom_floor_supervisor;
GRANT EXECUTE ON FUNCTION api.staff_add(uuid, uuid, text, text, text, text, uuid[], uuid[], uuid[]),
                          api.staff_change_scope(uuid, uuid, text, text, uuid[], uuid[], uuid[]),
                          api.staff_set_active(uuid, uuid, text, boolean),
                          api.staff_set_password(uuid, uuid, text, text)
    TO stockroom_admin;
