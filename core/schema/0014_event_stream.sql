-- The event stream's database side: the event log that the sequencer fills from the outbox with
-- a gap-free sequence number per tenant, and the single-use tickets a desktop trades for a
-- stream connection.
--
-- The sequencer (one stockroomd at a time, chosen by an advisory lock) calls stream.sequence()
-- in a loop. It takes every outbox row it can see, whatever its id, and deletes it as it numbers
-- it. An id taken by a transaction that commits later is simply not visible yet, stays in the
-- outbox and is numbered by a later pass, so nothing is ever skipped; there is no "last id"
-- watermark to jump past it. Events of one position are ordered by that position's row lock,
-- so their outbox ids, and hence their seq, follow commit order.
CREATE SCHEMA stream AUTHORIZATION stockroom_owner;
SET LOCAL ROLE stockroom_owner;
REVOKE ALL ON SCHEMA stream FROM PUBLIC;

CREATE TABLE event_log (
    tenant_id      uuid         NOT NULL REFERENCES tenants ON DELETE CASCADE,
    seq            bigint       NOT NULL CHECK (seq > 0),
    event_id       uuid         NOT NULL,
    event_type     varchar(80)  NOT NULL,
    source         varchar(40)  NOT NULL,
    occurred_at    timestamptz  NOT NULL,
    trace_id       varchar(120),
    schema_version integer      NOT NULL,
    product_id     uuid,
    variant_id     uuid,
    location_id    uuid,
    dark_store_id  uuid,
    data           jsonb        NOT NULL,
    actor          name         NOT NULL,
    sequenced_at   timestamptz  NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (tenant_id, seq)
);
-- Retention deletes by age.
CREATE INDEX event_log_sequenced_at ON event_log (sequenced_at);

-- The last seq given out per tenant. Only the sequencer writes it.
CREATE TABLE stream_heads (
    tenant_id uuid   NOT NULL PRIMARY KEY REFERENCES tenants ON DELETE CASCADE,
    seq       bigint NOT NULL DEFAULT 0 CHECK (seq >= 0)
);

-- A ticket is "<tenant id>.<64 hex digits>"; only its SHA-256 is stored. Valid for 30 seconds
-- and for one connection.
CREATE TABLE stream_tickets (
    tenant_id   uuid        NOT NULL REFERENCES tenants ON DELETE CASCADE,
    ticket_hash bytea       NOT NULL CHECK (length(ticket_hash) = 32),
    login_role  name        NOT NULL,
    issued_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
    expires_at  timestamptz NOT NULL,
    redeemed_at timestamptz,
    PRIMARY KEY (tenant_id, ticket_hash),
    FOREIGN KEY (tenant_id, login_role) REFERENCES staff (tenant_id, login_role) ON DELETE CASCADE
);
CREATE INDEX stream_tickets_expires_at ON stream_tickets (expires_at);

DO $rls$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['event_log', 'stream_heads', 'stream_tickets'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY owner_all ON %I TO stockroom_owner USING (true) WITH CHECK (true)', t);
    END LOOP;
END
$rls$;
-- Staff read the log as they read the outbox: their tenant, the places in their scope, and
-- events tied to no place; admins everything of their tenant.
CREATE POLICY staff_read ON event_log FOR SELECT
    TO stockroom_admin, stockroom_store_manager, stockroom_floor_supervisor
    USING (tenant_id = ((SELECT auth.caller_of(current_user))).tenant_id
           AND (((SELECT auth.caller_of(current_user))).role_kind = 'admin'
                OR (location_id IS NULL AND dark_store_id IS NULL)
                OR location_id = ANY (((SELECT auth.caller_of(current_user))).location_ids)
                OR dark_store_id = ANY (((SELECT auth.caller_of(current_user))).dark_store_ids)));
CREATE POLICY staff_read ON stream_heads FOR SELECT
    TO stockroom_admin, stockroom_store_manager, stockroom_floor_supervisor
    USING (tenant_id = ((SELECT auth.caller_of(current_user))).tenant_id);
GRANT SELECT ON event_log, stream_heads
    TO stockroom_admin, stockroom_store_manager, stockroom_floor_supervisor;

-- ── Sequencing ──────────────────────────────────────────────────────────────────────────────
-- Moves up to p_limit visible outbox rows into the event log, numbering each tenant's events
-- on from its head in outbox id order; returns how many. Rows are taken in primary key order
-- (tenant, id), which keeps each tenant's order and needs no sort of a long backlog. The caller must be the only
-- sequencer (stockroomd holds the advisory lock stream.sequencer_lock_key()).
CREATE FUNCTION stream.sequence(p_limit integer DEFAULT 1000) RETURNS integer
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    moved integer;
BEGIN
    WITH taken AS (
        DELETE FROM public.outbox o
         WHERE (o.tenant_id, o.id) IN (SELECT b.tenant_id, b.id FROM public.outbox b
                                        ORDER BY b.tenant_id, b.id LIMIT p_limit)
        RETURNING o.*),
    numbered AS (
        SELECT t.*, row_number() OVER (PARTITION BY t.tenant_id ORDER BY t.id) AS n,
               count(*) OVER (PARTITION BY t.tenant_id) AS taken_count
          FROM taken t),
    heads AS (
        INSERT INTO public.stream_heads AS h (tenant_id, seq)
        SELECT DISTINCT ON (tenant_id) tenant_id, taken_count FROM numbered
        ON CONFLICT (tenant_id) DO UPDATE SET seq = h.seq + excluded.seq
        RETURNING h.tenant_id, h.seq),
    logged AS (
        INSERT INTO public.event_log (tenant_id, seq, event_id, event_type, source, occurred_at,
                                      trace_id, schema_version, product_id, variant_id,
                                      location_id, dark_store_id, data, actor)
        SELECT n.tenant_id, hd.seq - n.taken_count + n.n, n.event_id, n.event_type, n.source,
               n.occurred_at, n.trace_id, n.schema_version, n.product_id, n.variant_id,
               n.location_id, n.dark_store_id, n.data, n.actor
          FROM numbered n JOIN heads hd ON hd.tenant_id = n.tenant_id
        RETURNING 1)
    SELECT count(*) INTO moved FROM logged;
    RETURN moved;
END
$$;

-- The advisory lock key the sequencer holds for as long as it sequences.
CREATE FUNCTION stream.sequencer_lock_key() RETURNS bigint
    LANGUAGE sql IMMUTABLE
AS $$ SELECT 7365636564 $$;  -- any fixed key no other lock of this database uses

-- Deletes events sequenced before now() - p_keep (at most p_limit), and tickets that expired
-- over a minute ago; returns how many events went.
CREATE FUNCTION stream.prune(p_keep interval, p_limit integer DEFAULT 10000) RETURNS integer
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    gone integer;
BEGIN
    DELETE FROM public.event_log e
     WHERE (e.tenant_id, e.seq) IN (SELECT o.tenant_id, o.seq FROM public.event_log o
                                     WHERE o.sequenced_at < now() - p_keep
                                     ORDER BY o.sequenced_at LIMIT p_limit);
    GET DIAGNOSTICS gone = ROW_COUNT;
    DELETE FROM public.stream_tickets WHERE expires_at < now() - interval '1 minute';
    RETURN gone;
END
$$;

-- ── Tickets ─────────────────────────────────────────────────────────────────────────────────
-- A ticket for the caller's stream connection: single use, valid for 30 seconds. The desktop
-- asks on its own authenticated session and hands the ticket to stockroomd, which redeems it;
-- no secret ships with the desktop.
CREATE FUNCTION api.issue_stream_ticket() RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
    secret constant text := replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '');
    ticket constant text := c.tenant_id::text || '.' || secret;
    expires constant timestamptz := clock_timestamp() + interval '30 seconds';
BEGIN
    INSERT INTO public.stream_tickets (tenant_id, ticket_hash, login_role, expires_at)
    VALUES (c.tenant_id, sha256(convert_to(ticket, 'UTF8')), c.login_role, expires);
    RETURN jsonb_build_object('ticket', ticket, 'expires_at', expires);
END
$$;

-- Redeems a ticket once: the login and tenant it was issued to, or no row when it is unknown,
-- used, expired or malformed, or its login is no longer active staff. For stockroomd only.
CREATE FUNCTION stream.redeem_ticket(p_ticket text)
    RETURNS TABLE (tenant_id uuid, login_role name, role_kind text)
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    tenant uuid;
BEGIN
    IF p_ticket IS NULL OR p_ticket !~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[0-9a-f]{64}$' THEN
        RETURN;
    END IF;
    tenant := split_part(p_ticket, '.', 1)::uuid;
    RETURN QUERY
    UPDATE public.stream_tickets t SET redeemed_at = clock_timestamp()
      FROM public.staff s
     WHERE t.tenant_id = tenant AND t.ticket_hash = sha256(convert_to(p_ticket, 'UTF8'))
       AND t.redeemed_at IS NULL AND t.expires_at > clock_timestamp()
       AND s.tenant_id = t.tenant_id AND s.login_role = t.login_role AND s.is_active
    RETURNING t.tenant_id, t.login_role, s.role_kind::text;
END
$$;

REVOKE EXECUTE ON FUNCTION api.issue_stream_ticket() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION api.issue_stream_ticket()
    TO stockroom_admin, stockroom_store_manager, stockroom_floor_supervisor;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA stream FROM PUBLIC;
