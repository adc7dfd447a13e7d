-- Stock and reservations: the command functions that are the only way stock changes, and the
-- jobs and checks around them.
--
-- Every command: resolve the caller, check scope, claim the request id, lock the position (one
-- row lock, always taken before batches; reservations and transfers are locked before their
-- position), apply, append the ledger, refresh the orderability projection, write the events.
-- The invariants this keeps, under any concurrency:
--   on hand = sum of the ledger; reserved = sum of active reservations; available >= 0 unless
--   the location allows negative stock; batches hold at most what is on hand; sales consume
--   batches first-expired-first-out and never an expired or quarantined batch.
-- stock.check_invariants verifies all of them ("stockroomd check").
CREATE SCHEMA stock AUTHORIZATION stockroom_owner;
SET LOCAL ROLE stockroom_owner;

-- A batch raises one "expiring soon" alert, the first time its alert date is reached.
ALTER TABLE inventory_batches ADD COLUMN alerted_at timestamptz;

-- Stock on its way from one location to another: out of the source's on hand when sent, in
-- the destination's in transit until received.
CREATE TABLE stock_transfers (
    tenant_id        uuid          NOT NULL,
    id               uuid          NOT NULL DEFAULT gen_random_uuid(),
    variant_id       uuid          NOT NULL,
    from_location_id uuid          NOT NULL,
    to_location_id   uuid          NOT NULL,
    quantity         numeric(18,4) NOT NULL CHECK (quantity > 0),
    status           varchar(20)   NOT NULL DEFAULT 'in_transit'
                     CHECK (status IN ('in_transit', 'received')),
    reason           text,
    sent_by          name          NOT NULL DEFAULT session_user,
    sent_at          timestamptz   NOT NULL DEFAULT now(),
    received_by      name,
    received_at      timestamptz,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, variant_id, from_location_id)
        REFERENCES stock_positions (tenant_id, variant_id, location_id),
    FOREIGN KEY (tenant_id, variant_id, to_location_id)
        REFERENCES stock_positions (tenant_id, variant_id, location_id),
    CHECK (from_location_id <> to_location_id),
    CHECK ((status = 'received') = (received_at IS NOT NULL)),
    CHECK ((received_by IS NULL) = (received_at IS NULL))
);
CREATE INDEX stock_transfers_inbound ON stock_transfers (tenant_id, to_location_id, variant_id)
    WHERE status = 'in_transit';
CREATE INDEX stock_transfers_outbound ON stock_transfers (tenant_id, from_location_id, sent_at);
ALTER TABLE stock_transfers ENABLE ROW LEVEL SECURITY;
ALTER TABLE stock_transfers FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON stock_transfers TO stockroom_owner USING (true) WITH CHECK (true);
CREATE POLICY staff_read ON stock_transfers FOR SELECT
    TO stockroom_admin, stockroom_store_manager, stockroom_floor_supervisor
    USING (tenant_id = ((SELECT auth.caller_of(current_user))).tenant_id
           AND (from_location_id = ANY (((SELECT auth.caller_of(current_user))).location_ids)
                OR to_location_id = ANY (((SELECT auth.caller_of(current_user))).location_ids)));
GRANT SELECT ON stock_transfers TO stockroom_admin, stockroom_store_manager, stockroom_floor_supervisor;

-- Ledger reads per reference (an order's movements, a transfer's two legs).
CREATE INDEX stock_movements_reference ON stock_movements (tenant_id, reference_type, reference_id)
    WHERE reference_id IS NOT NULL;

-- The caller with their scope lists (api.me and the staff commands start here), and the
-- refusal that says why someone is not staff; the one lookup comes first, and only a refusal
-- looks further.
CREATE OR REPLACE FUNCTION auth.require_caller() RETURNS auth.caller
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.caller_of(session_user);
    active boolean;
BEGIN
    IF c.login_role IS NOT NULL THEN
        RETURN c;
    END IF;
    SELECT s.is_active INTO active FROM public.staff s WHERE s.login_role = session_user;
    IF active THEN
        -- Active, yet caller_of answered nothing: not this database's staff after all.
        active := NULL;
    END IF;
    IF active IS NULL THEN
        PERFORM auth.fail('not_staff',
            format('The database login "%s" is not a Stockroom staff member in this database.',
                   session_user),
            'Sign in with a staff account, or ask an admin to add this login with "stockroomd staff add".');
    END IF;
    PERFORM auth.fail('account_disabled',
        format('The staff account "%s" has been disabled.', session_user),
        'Ask an admin of your tenant to enable it again.');
    RETURN NULL;
END
$$;

-- The caller of a command, without the scope lists: one indexed lookup. Commands ask about the
-- one place they act on (auth.require_in_scope) rather than build every place the caller may
-- see. Anyone who is not an active staff member gets require_caller's refusal, which says why.
CREATE FUNCTION auth.require_staff() RETURNS auth.caller
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c auth.caller;
BEGIN
    SELECT s.login_role, s.tenant_id, s.role_kind INTO c.login_role, c.tenant_id, c.role_kind
      FROM public.staff s
     WHERE s.login_role = session_user AND s.is_active;
    IF NOT FOUND THEN
        RETURN auth.require_caller();
    END IF;
    RETURN c;
END
$$;

-- Whether caller c may act on the store, location or dark store p_id of its tenant (p_kind
-- names which), by the rules of auth.caller_of: an admin on everything of the tenant; others
-- on granted stores, on the locations of those stores, granted locations and the locations of
-- granted dark stores, and on the dark stores at those locations. NULL for an unknown kind.
CREATE FUNCTION auth.in_scope(c auth.caller, p_kind text, p_id uuid) RETURNS boolean
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    CASE p_kind
    WHEN 'location' THEN
        RETURN EXISTS (
            SELECT 1 FROM public.locations l
             WHERE l.tenant_id = c.tenant_id AND l.id = p_id
               AND (c.role_kind = 'admin'
                    OR EXISTS (SELECT 1 FROM public.staff_scope sc
                                WHERE sc.tenant_id = c.tenant_id AND sc.login_role = c.login_role
                                  AND (sc.store_id = l.store_id OR sc.location_id = l.id
                                       OR sc.dark_store_id IN (SELECT d.id FROM public.dark_stores d
                                                                WHERE d.tenant_id = l.tenant_id
                                                                  AND d.location_id = l.id)))));
    WHEN 'store' THEN
        RETURN EXISTS (
            SELECT 1 FROM public.stores st
             WHERE st.tenant_id = c.tenant_id AND st.id = p_id
               AND (c.role_kind = 'admin'
                    OR EXISTS (SELECT 1 FROM public.staff_scope sc
                                WHERE sc.tenant_id = c.tenant_id AND sc.login_role = c.login_role
                                  AND sc.store_id = st.id)));
    WHEN 'dark_store' THEN
        RETURN auth.in_scope(c, 'location', (SELECT d.location_id FROM public.dark_stores d
                                              WHERE d.tenant_id = c.tenant_id AND d.id = p_id));
    ELSE
        RETURN NULL;
    END CASE;
END
$$;

-- Refuses unless the caller may act on the store, location or dark store p_id (p_kind names
-- which). An unknown id and another tenant's id get the same answer, so nothing leaks.
CREATE OR REPLACE FUNCTION auth.require_in_scope(c auth.caller, p_kind text, p_id uuid) RETURNS void
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    label constant text := replace(p_kind, '_', ' ');
    allowed constant boolean := auth.in_scope(c, p_kind, p_id);
BEGIN
    IF allowed IS NULL THEN
        PERFORM auth.fail('invalid_argument', format('Unknown kind of place "%s".', p_kind));
    END IF;
    IF p_id IS NULL THEN
        PERFORM auth.fail('invalid_argument', format('A %s is required.', label));
    END IF;
    IF NOT allowed THEN
        PERFORM auth.fail('not_in_scope',
            format('%s %s is outside your scope (%s "%s").', upper(left(label, 1)) || substr(label, 2), p_id,
                   replace(c.role_kind, '_', ' '), c.login_role),
            format('Choose a %s of your own, or ask an admin to extend your scope.', label));
    END IF;
END
$$;

-- The command log keeps one row per request id, found by that id: a command writes its row
-- once when it starts and fills in the result when it ends, and both touch only this index
-- (the result is not indexed, so filling it in stays on the row's page). Who ran what is read
-- by actor through row-level security, rarely, and needs no index of its own.
ALTER TABLE command_log SET (fillfactor = 70);
DROP INDEX command_log_actor;
ALTER TABLE command_log DROP CONSTRAINT command_log_pkey;
ALTER TABLE command_log DROP CONSTRAINT command_log_tenant_id_request_id_key;
ALTER TABLE command_log ADD PRIMARY KEY (tenant_id, request_id);
ALTER TABLE command_log DROP COLUMN id;
-- Event ids are random (version 4) UUIDs made by gen_random_uuid: unique without an index that
-- every event would have to update.
ALTER TABLE outbox DROP CONSTRAINT outbox_tenant_id_event_id_key;

-- A request id belongs to the person who first used it: anyone else repeating it is refused
-- rather than handed that person's result.
CREATE OR REPLACE FUNCTION auth.begin_command(p_tenant_id uuid, p_command text, p_request_id uuid,
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
    SELECT command, actor, result INTO prior FROM public.command_log
     WHERE tenant_id = p_tenant_id AND request_id = p_request_id;
    IF prior.command <> p_command OR prior.actor <> session_user THEN
        PERFORM auth.fail('request_reused',
            CASE WHEN prior.command <> p_command
                 THEN format('Request id %s was already used for %s, not %s.', p_request_id,
                             prior.command, p_command)
                 ELSE format('Request id %s was already used by another staff member.', p_request_id) END,
            'Generate a new request id for every new action.');
    END IF;
    RETURN prior.result;
END
$$;

-- PL/pgSQL, so its statement is planned once per session rather than on every command.
CREATE OR REPLACE FUNCTION auth.finish_command(p_tenant_id uuid, p_request_id uuid, p_result jsonb)
    RETURNS jsonb
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    UPDATE public.command_log SET result = p_result, finished_at = clock_timestamp()
     WHERE tenant_id = p_tenant_id AND request_id = p_request_id;
    RETURN p_result;
END
$$;

-- ── What a command acts on ──────────────────────────────────────────────────────────────────
-- The variant and location of a command, read in one statement.
CREATE TYPE stock.subject AS (
    tenant_id            uuid,
    variant_id           uuid,
    location_id          uuid,
    product_id           uuid,
    sku                  text,
    variant_status       text,
    location_code        text,
    location_active      boolean,
    allow_negative_stock boolean,
    reservation_ttl      interval,
    today                date     -- the tenant's local date: batches expire at local midnight
);

CREATE FUNCTION stock.subject(p_tenant_id uuid, p_variant_id uuid, p_location_id uuid)
    RETURNS stock.subject
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    s stock.subject;
BEGIN
    SELECT p_tenant_id, v.id, l.id, v.product_id, v.sku, v.status, l.code, l.is_active,
           l.allow_negative_stock, l.reservation_ttl, (now() AT TIME ZONE t.timezone)::date
      INTO s
      FROM public.tenants t
      JOIN public.variants v ON v.tenant_id = t.tenant_id AND v.id = p_variant_id
      JOIN public.locations l ON l.tenant_id = t.tenant_id AND l.id = p_location_id
     WHERE t.tenant_id = p_tenant_id;
    IF NOT FOUND THEN
        IF p_variant_id IS NULL OR NOT EXISTS (SELECT 1 FROM public.variants
                                                WHERE tenant_id = p_tenant_id AND id = p_variant_id) THEN
            PERFORM auth.fail('unknown_variant',
                format('There is no variant %s in your catalog.', coalesce(p_variant_id::text, '(none given)')),
                'Pick the variant from the catalog, or scan its barcode.');
        END IF;
        PERFORM auth.fail('not_found', format('There is no location %s.', p_location_id));
    END IF;
    RETURN s;
END
$$;

-- Refuses a quantity that is missing, not positive (unless p_signed), or finer than the
-- ledger's four decimals, naming what it is for.
CREATE FUNCTION stock.require_quantity(p_quantity numeric, p_what text, p_signed boolean DEFAULT false)
    RETURNS void
    LANGUAGE plpgsql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF p_quantity IS NULL OR p_quantity = 0 OR (p_quantity < 0 AND NOT p_signed) THEN
        PERFORM auth.fail('invalid_quantity',
            CASE WHEN p_quantity IS NULL THEN format('The %s is missing.', p_what)
                 WHEN p_signed THEN format('The %s must not be zero.', p_what)
                 ELSE format('The %s must be more than zero, not %s.', p_what, p_quantity::float8) END,
            'Enter how many units.');
    END IF;
    IF p_quantity <> round(p_quantity, 4) THEN
        PERFORM auth.fail('invalid_quantity',
            format('The %s %s has more than four decimal places.', p_what, p_quantity),
            'Stock is kept to four decimal places; round the quantity.');
    END IF;
    IF abs(p_quantity) >= 100000000000000 THEN
        PERFORM auth.fail('invalid_quantity', format('The %s %s is too large.', p_what, p_quantity));
    END IF;
END
$$;

CREATE FUNCTION stock.require_text(p_value text, p_what text, p_max integer) RETURNS void
    LANGUAGE plpgsql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF length(p_value) > p_max THEN
        PERFORM auth.fail('invalid_argument',
            format('The %s is %s characters long; at most %s are kept.', p_what, length(p_value), p_max),
            format('Shorten the %s.', p_what));
    END IF;
END
$$;

-- ── Batches ─────────────────────────────────────────────────────────────────────────────────
-- Marks the position's batches whose expiry date has passed as expired (the caller holds the
-- position lock), so every later statement sees the batch's real state. True if any exist.
CREATE FUNCTION stock.settle_batches(s stock.subject) RETURNS boolean
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM public.inventory_batches b
                    WHERE b.tenant_id = s.tenant_id AND b.location_id = s.location_id
                      AND b.variant_id = s.variant_id AND b.quantity_on_hand > 0) THEN
        RETURN false;
    END IF;
    UPDATE public.inventory_batches b
       SET status = 'expired', version = b.version + 1, last_modified_at = now()
     WHERE b.tenant_id = s.tenant_id AND b.location_id = s.location_id
       AND b.variant_id = s.variant_id AND b.status = 'active' AND b.expiry_date < s.today;
    RETURN true;
END
$$;

-- Stock on hand that may not be sold: expired and quarantined batches.
CREATE FUNCTION stock.unsellable(s stock.subject) RETURNS numeric
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN (SELECT coalesce(sum(b.quantity_on_hand), 0) FROM public.inventory_batches b
             WHERE b.tenant_id = s.tenant_id AND b.location_id = s.location_id
               AND b.variant_id = s.variant_id AND b.status IN ('expired', 'quarantined')
               AND b.quantity_on_hand > 0);
END
$$;

-- ── The one way on hand changes ─────────────────────────────────────────────────────────────
CREATE TYPE stock.moved AS (
    pos             public.stock_positions,
    movement_ids    uuid[],
    sellable_before numeric,
    sellable_after  numeric
);

-- "sale", "damage write-off"…: a movement type as a message names it.
CREATE FUNCTION stock.movement_noun(p_type text) RETURNS text
    LANGUAGE sql IMMUTABLE
AS $$
    SELECT CASE p_type
        WHEN 'sale_committed' THEN 'sale'
        WHEN 'transfer_out' THEN 'transfer'
        WHEN 'transfer_in' THEN 'transfer receipt'
        WHEN 'return' THEN 'customer return'
        WHEN 'damage' THEN 'damage write-off'
        WHEN 'expiry_writeoff' THEN 'expiry write-off'
        ELSE replace(p_type, '_', ' ') END
$$;

-- Applies a movement of p_delta to the position of s (creating the position at zero if it has
-- none), with p_reserved_delta and p_in_transit_delta applied in the same row update. A
-- decrease consumes batches first-expired-first-out (a sale or transfer only batches that may
-- be sold; a write-off of expired stock the expired batches first; p_batch_id one batch), then
-- unbatched stock; the ledger gets one movement per batch consumed. An increase with
-- p_batch_id belongs to that batch (the caller updates the batch). Refuses with
-- insufficient_stock rather than let available fall below zero, or sell what may not be sold.
--
-- The position row is updated first: that one write is also the lock every other step relies
-- on (batches, the sale check), and it is the only write a position without batches needs.
-- Anything found wrong afterwards raises, and the whole command rolls back.
CREATE FUNCTION stock.move(s stock.subject, p_delta numeric, p_type text,
                           p_reason text, p_reference_type text, p_reference_id text,
                           p_request_id uuid, p_batch_id uuid DEFAULT NULL,
                           p_reserved_delta numeric DEFAULT 0, p_in_transit_delta numeric DEFAULT 0)
    RETURNS stock.moved
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    m stock.moved;
    pos public.stock_positions;
    selling constant boolean := p_type IN ('sale_committed', 'transfer_out');
    has_batches boolean;
    unsellable numeric := 0;
    remaining numeric;
    take numeric;
    b record;
    ids uuid[] := '{}';
    movement_id uuid;
BEGIN
    FOR attempt IN 1 .. 2 LOOP
        UPDATE public.stock_positions p
           SET quantity_on_hand = p.quantity_on_hand + p_delta,
               quantity_reserved = p.quantity_reserved + p_reserved_delta,
               quantity_in_transit = p.quantity_in_transit + p_in_transit_delta,
               version = p.version + 1, last_modified_at = now(), updated_at = now()
         WHERE p.tenant_id = s.tenant_id AND p.variant_id = s.variant_id
           AND p.location_id = s.location_id
           AND (p_delta >= 0 OR p.allow_negative_stock
                OR p.quantity_on_hand + p_delta - p.quantity_reserved - p_reserved_delta >= 0)
        RETURNING p.* INTO pos;
        EXIT WHEN FOUND;
        SELECT * INTO pos FROM public.stock_positions p
         WHERE p.tenant_id = s.tenant_id AND p.variant_id = s.variant_id
           AND p.location_id = s.location_id;
        IF FOUND OR p_delta < 0 AND NOT s.allow_negative_stock THEN
            PERFORM auth.fail('insufficient_stock',
                format('Only %s of %s is available at %s (%s on hand, %s reserved); %s needs %s.',
                       greatest(coalesce(pos.quantity_on_hand - pos.quantity_reserved
                                         - p_reserved_delta, 0), 0)::float8,
                       s.sku, s.location_code, coalesce(pos.quantity_on_hand, 0)::float8,
                       coalesce(pos.quantity_reserved, 0)::float8, 'the ' || stock.movement_noun(p_type),
                       (-p_delta)::float8),
                CASE WHEN coalesce(pos.quantity_reserved, 0) > 0
                     THEN 'Take less, or release reservations that hold this stock first.'
                     ELSE 'Take less, or receive or count the stock first.' END);
        END IF;
        -- First movement at this location: the position starts at zero.
        INSERT INTO public.stock_positions (tenant_id, variant_id, location_id, allow_negative_stock)
        VALUES (s.tenant_id, s.variant_id, s.location_id, s.allow_negative_stock)
        ON CONFLICT (tenant_id, variant_id, location_id) DO NOTHING;
    END LOOP;

    has_batches := stock.settle_batches(s);
    IF has_batches THEN
        unsellable := stock.unsellable(s);
        -- A sale or transfer never takes expired or quarantined stock.
        IF selling AND p_delta < 0 AND NOT pos.allow_negative_stock
           AND pos.quantity_on_hand - pos.quantity_reserved - unsellable < 0 THEN
            PERFORM auth.fail('insufficient_stock',
                format('Only %s of %s can be sold at %s (%s on hand, %s reserved, %s expired or quarantined); %s needs %s.',
                       greatest(pos.quantity_on_hand - p_delta - pos.quantity_reserved
                                + p_reserved_delta - unsellable, 0)::float8,
                       s.sku, s.location_code, (pos.quantity_on_hand - p_delta)::float8,
                       (pos.quantity_reserved - p_reserved_delta)::float8, unsellable::float8,
                       'the ' || stock.movement_noun(p_type), (-p_delta)::float8),
                'Write off the expired stock, or take less.');
        END IF;
    END IF;
    -- Batches only change under the position's lock, so what they hold now they held before
    -- this movement: what could be sold before is what can be sold now, less the change.
    m.sellable_before := pos.quantity_on_hand - p_delta - pos.quantity_reserved + p_reserved_delta
                         - unsellable;

    IF p_delta > 0 OR NOT has_batches THEN
        INSERT INTO public.stock_movements (tenant_id, variant_id, location_id, movement_type,
                                            quantity_delta, batch_id, reason, reference_type,
                                            reference_id, request_id, performed_by, occurred_at)
        VALUES (s.tenant_id, s.variant_id, s.location_id, p_type, p_delta, p_batch_id, p_reason,
                p_reference_type, p_reference_id, p_request_id, session_user, now())
        RETURNING stock_movements.id INTO movement_id;
        ids := ids || movement_id;
    ELSE
        remaining := -p_delta;
        FOR b IN
            SELECT bt.id, bt.quantity_on_hand, bt.status FROM public.inventory_batches bt
             WHERE bt.tenant_id = s.tenant_id AND bt.location_id = s.location_id
               AND bt.variant_id = s.variant_id AND bt.quantity_on_hand > 0
               AND (p_batch_id IS NULL OR bt.id = p_batch_id)
               AND (NOT selling OR bt.status = 'active')
             ORDER BY CASE WHEN p_type = 'expiry_writeoff' AND bt.status <> 'active' THEN 0 ELSE 1 END,
                      bt.expiry_date NULLS LAST, bt.received_at, bt.id
        LOOP
            take := least(remaining, b.quantity_on_hand);
            UPDATE public.inventory_batches bt
               SET quantity_on_hand = bt.quantity_on_hand - take,
                   status = CASE WHEN bt.quantity_on_hand = take THEN 'depleted' ELSE bt.status END,
                   version = bt.version + 1, last_modified_at = now()
             WHERE bt.tenant_id = s.tenant_id AND bt.id = b.id;
            INSERT INTO public.stock_movements (tenant_id, variant_id, location_id, movement_type,
                                                quantity_delta, batch_id, reason, reference_type,
                                                reference_id, request_id, performed_by, occurred_at)
            VALUES (s.tenant_id, s.variant_id, s.location_id, p_type, -take, b.id, p_reason,
                    p_reference_type, p_reference_id, p_request_id, session_user, now())
            RETURNING stock_movements.id INTO movement_id;
            ids := ids || movement_id;
            remaining := remaining - take;
            EXIT WHEN remaining = 0;
        END LOOP;
        IF remaining > 0 AND p_batch_id IS NOT NULL THEN
            PERFORM auth.fail('insufficient_stock',
                format('Batch %s of %s at %s holds less than the %s to take.',
                       (SELECT batch_number FROM public.inventory_batches
                         WHERE tenant_id = s.tenant_id AND id = p_batch_id), s.sku, s.location_code,
                       (-p_delta)::float8));
        END IF;
        IF remaining > 0 THEN
            -- The rest comes from stock received without a batch.
            INSERT INTO public.stock_movements (tenant_id, variant_id, location_id, movement_type,
                                                quantity_delta, reason, reference_type,
                                                reference_id, request_id, performed_by, occurred_at)
            VALUES (s.tenant_id, s.variant_id, s.location_id, p_type, -remaining, p_reason,
                    p_reference_type, p_reference_id, p_request_id, session_user, now())
            RETURNING stock_movements.id INTO movement_id;
            ids := ids || movement_id;
        END IF;
        unsellable := stock.unsellable(s);
    END IF;

    m.pos := pos;
    m.movement_ids := ids;
    m.sellable_after := pos.quantity_on_hand - pos.quantity_reserved - unsellable;
    RETURN m;
END
$$;

-- ── Results and events ──────────────────────────────────────────────────────────────────────
-- The small SQL helpers below carry no SET clause and are no more than STABLE on purpose: that
-- lets the planner inline them into the calling command (whose search_path is pinned, and they
-- name only pg_catalog). A SET, or IMMUTABLE over jsonb_build_object (which is only STABLE),
-- would stop the inlining, and a SQL function that is not inlined is parsed and planned again
-- on every call.
CREATE FUNCTION stock.position_json(pos public.stock_positions, p_sellable numeric) RETURNS jsonb
    LANGUAGE sql STABLE
AS $$
    SELECT jsonb_build_object(
        'position_id', pos.id, 'variant_id', pos.variant_id, 'location_id', pos.location_id,
        'on_hand', pos.quantity_on_hand, 'reserved', pos.quantity_reserved,
        'available', pos.quantity_available, 'sellable', p_sellable,
        'in_transit', pos.quantity_in_transit, 'reorder_point', pos.reorder_point,
        'version', pos.version)
$$;

-- Why a variant cannot be ordered at a location, or NULL when it can.
CREATE FUNCTION stock.unorderable_reason(s stock.subject, p_sellable numeric) RETURNS text
    LANGUAGE sql IMMUTABLE
AS $$
    SELECT CASE WHEN s.variant_status = 'archived' THEN 'archived'
                WHEN NOT s.location_active THEN 'location_inactive'
                WHEN p_sellable <= 0 THEN 'out_of_stock' END
$$;

-- After a change to the position of s: the event p_event_type with p_data, the orderability
-- projection (and its event when orderability flips), and a low-stock or out-of-stock alert
-- when what can be sold falls through the reorder point or to zero.
CREATE FUNCTION stock.publish(s stock.subject, pos public.stock_positions,
                              p_sellable_before numeric, p_sellable_after numeric,
                              p_event_type text, p_data jsonb)
    RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    was constant text := stock.unorderable_reason(s, p_sellable_before);
    now_reason constant text := stock.unorderable_reason(s, p_sellable_after);
    alert text;
BEGIN
    IF p_sellable_after <= 0 AND p_sellable_before > 0 THEN
        alert := 'inventory.stock.out';
    ELSIF pos.reorder_point > 0 AND p_sellable_after > 0 AND p_sellable_after <= pos.reorder_point
          AND p_sellable_before > pos.reorder_point THEN
        alert := 'inventory.stock.low';
    END IF;
    INSERT INTO public.outbox (tenant_id, event_type, product_id, variant_id, location_id, data, actor)
    SELECT s.tenant_id, e.event_type, s.product_id, s.variant_id, s.location_id, e.data, session_user
      FROM (VALUES (1, p_event_type, p_data),
                   (2, CASE WHEN was IS DISTINCT FROM now_reason THEN 'inventory.orderability.changed' END,
                    jsonb_build_object('variant_id', s.variant_id, 'location_id', s.location_id,
                                       'sku', s.sku, 'is_orderable', now_reason IS NULL,
                                       'reason_code', now_reason, 'available_qty', p_sellable_after)),
                   (3, alert,
                    jsonb_build_object('variant_id', s.variant_id, 'location_id', s.location_id,
                                       'sku', s.sku, 'location_code', s.location_code,
                                       'quantity_available', p_sellable_after,
                                       'reorder_point', pos.reorder_point))) AS e(ord, event_type, data)
     WHERE e.event_type IS NOT NULL
     ORDER BY e.ord;
    IF p_sellable_after IS DISTINCT FROM p_sellable_before OR was IS DISTINCT FROM now_reason THEN
        UPDATE public.orderability_projection o
           SET is_orderable = now_reason IS NULL, reason_code = now_reason,
               available_qty = p_sellable_after, updated_at = now()
         WHERE o.tenant_id = s.tenant_id AND o.variant_id = s.variant_id
           AND o.location_id = s.location_id;
        IF NOT FOUND THEN
            INSERT INTO public.orderability_projection
                   (tenant_id, variant_id, location_id, is_orderable, reason_code, available_qty, updated_at)
            VALUES (s.tenant_id, s.variant_id, s.location_id, now_reason IS NULL, now_reason,
                    p_sellable_after, now());
        END IF;
    END IF;
END
$$;

-- The event data of a movement, in the seed's shape.
CREATE FUNCTION stock.movement_event(s stock.subject, m stock.moved, p_type text, p_delta numeric,
                                     p_reference_type text, p_reference_id text) RETURNS jsonb
    LANGUAGE sql STABLE
AS $$
    SELECT jsonb_build_object(
        'movement_id', m.movement_ids[1], 'movement_ids', to_jsonb(m.movement_ids),
        'variant_id', s.variant_id, 'product_id', s.product_id, 'sku', s.sku,
        'location_id', s.location_id, 'location_code', s.location_code,
        'movement_type', p_type, 'quantity_delta', p_delta,
        'quantity_on_hand', (m.pos).quantity_on_hand, 'quantity_reserved', (m.pos).quantity_reserved,
        'quantity_available', m.sellable_after, 'quantity_in_transit', (m.pos).quantity_in_transit,
        'version', (m.pos).version, 'reference_type', p_reference_type, 'reference_id', p_reference_id)
$$;

-- A movement with everything that goes with it: the position and ledger (stock.move), the
-- event p_event_type (the movement in the seed's shape, plus p_extra), the projection and
-- alerts. Returns the command's result: the position, p_extra and the movement ids.
CREATE FUNCTION stock.apply(s stock.subject, p_delta numeric, p_type text, p_reason text,
                            p_reference_type text, p_reference_id text, p_request_id uuid,
                            p_event_type text, p_extra jsonb DEFAULT '{}',
                            p_batch_id uuid DEFAULT NULL, p_reserved_delta numeric DEFAULT 0,
                            p_in_transit_delta numeric DEFAULT 0)
    RETURNS jsonb
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    m constant stock.moved := stock.move(s, p_delta, p_type, p_reason, p_reference_type,
                                         p_reference_id, p_request_id, p_batch_id,
                                         p_reserved_delta, p_in_transit_delta);
BEGIN
    PERFORM stock.publish(s, m.pos, m.sellable_before, m.sellable_after, p_event_type,
        stock.movement_event(s, m, p_type, p_delta, p_reference_type, p_reference_id) || p_extra);
    RETURN stock.position_json(m.pos, m.sellable_after) || p_extra
           || jsonb_build_object('movement_ids', to_jsonb(m.movement_ids));
END
$$;

-- ── api.adjust_stock ────────────────────────────────────────────────────────────────────────
CREATE FUNCTION api.adjust_stock(p_request_id uuid, p_variant_id uuid, p_location_id uuid,
                                 p_quantity_delta numeric, p_movement_type text,
                                 p_reason text DEFAULT NULL, p_reference_type text DEFAULT NULL,
                                 p_reference_id text DEFAULT NULL)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
    prior jsonb;
    s stock.subject;
    sign constant integer := CASE WHEN p_movement_type IN ('receipt', 'return', 'transfer_in') THEN 1
                                  WHEN p_movement_type IN ('sale_committed', 'damage', 'expiry_writeoff',
                                                           'transfer_out') THEN -1
                                  WHEN p_movement_type IN ('count_correction', 'adjustment') THEN 0 END;
BEGIN
    PERFORM auth.require_in_scope(c, 'location', p_location_id);
    prior := auth.begin_command(c.tenant_id, 'adjust_stock', p_request_id,
        jsonb_build_object('variant_id', p_variant_id, 'location_id', p_location_id,
                           'quantity_delta', p_quantity_delta, 'movement_type', p_movement_type,
                           'reason', p_reason, 'reference_type', p_reference_type,
                           'reference_id', p_reference_id));
    IF prior IS NOT NULL THEN
        RETURN prior;
    END IF;
    IF sign IS NULL THEN
        PERFORM auth.fail('invalid_argument',
            format('"%s" is not a movement type.', coalesce(p_movement_type, '')),
            'Use one of: receipt, return, transfer_in (add stock); sale_committed, damage, '
            'expiry_writeoff, transfer_out (remove stock); count_correction, adjustment (either).');
    END IF;
    PERFORM stock.require_quantity(p_quantity_delta, 'quantity', true);
    IF sign * p_quantity_delta < 0 THEN
        PERFORM auth.fail('invalid_quantity',
            format('%s %s %s stock, so its quantity must be %s (got %s).',
                   CASE WHEN left(stock.movement_noun(p_movement_type), 1) IN ('a', 'e', 'i', 'o', 'u')
                        THEN 'An' ELSE 'A' END, stock.movement_noun(p_movement_type),
                   CASE WHEN sign > 0 THEN 'adds' ELSE 'removes' END,
                   CASE WHEN sign > 0 THEN 'positive' ELSE 'negative' END, p_quantity_delta::float8),
            'Choose the movement type that matches the direction, or flip the sign.');
    END IF;
    PERFORM stock.require_text(p_reason, 'reason', 2000);
    PERFORM stock.require_text(p_reference_type, 'reference type', 40);
    PERFORM stock.require_text(p_reference_id, 'reference', 120);
    s := stock.subject(c.tenant_id, p_variant_id, p_location_id);

    RETURN auth.finish_command(c.tenant_id, p_request_id,
        stock.apply(s, p_quantity_delta, p_movement_type, nullif(btrim(p_reason), ''),
                    nullif(btrim(p_reference_type), ''), nullif(btrim(p_reference_id), ''),
                    p_request_id, 'inventory.stock.adjusted'));
END
$$;

-- ── Reservations ────────────────────────────────────────────────────────────────────────────
-- Closes an active reservation r (status released or expired; the caller has locked r) and
-- gives its quantity back, with an inventory.stock.released event.
CREATE FUNCTION stock.close_reservation(r public.stock_reservations, p_status text, p_request_id uuid)
    RETURNS jsonb
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    s constant stock.subject := stock.subject(r.tenant_id, r.variant_id, r.location_id);
    pos public.stock_positions;
    has_batches boolean;
    unsellable numeric := 0;
    result jsonb;
BEGIN
    UPDATE public.stock_positions p
       SET quantity_reserved = p.quantity_reserved - r.reserved_qty, version = p.version + 1,
           last_modified_at = now(), updated_at = now()
     WHERE p.tenant_id = r.tenant_id AND p.variant_id = r.variant_id AND p.location_id = r.location_id
    RETURNING p.* INTO pos;
    has_batches := stock.settle_batches(s);
    IF has_batches THEN
        unsellable := stock.unsellable(s);
    END IF;
    UPDATE public.stock_reservations
       SET status = p_status, closed_at = now(), updated_at = now()
     WHERE tenant_id = r.tenant_id AND id = r.id;
    result := stock.position_json(pos, pos.quantity_available - unsellable)
              || jsonb_build_object('reservation_id', r.id, 'order_id', r.order_id,
                                    'status', p_status, 'quantity', r.reserved_qty);
    PERFORM stock.publish(s, pos, pos.quantity_available - unsellable - r.reserved_qty,
                          pos.quantity_available - unsellable, 'inventory.stock.released',
                          jsonb_build_object('reservation_id', r.id, 'order_id', r.order_id,
                                             'variant_id', r.variant_id, 'product_id', s.product_id,
                                             'sku', s.sku, 'location_id', r.location_id,
                                             'location_code', s.location_code,
                                             'quantity', r.reserved_qty, 'reason', p_status,
                                             'request_id', p_request_id,
                                             'quantity_on_hand', pos.quantity_on_hand,
                                             'quantity_reserved', pos.quantity_reserved,
                                             'quantity_available', pos.quantity_available - unsellable,
                                             'version', pos.version));
    RETURN result;
END
$$;

-- Expires up to p_limit active reservations whose time is up, in position order (so two
-- sweepers never wait on each other's positions); returns how many. Rows another transaction
-- holds are skipped and picked up on the next pass.
CREATE FUNCTION stock.expire_reservations(p_limit integer DEFAULT 500) RETURNS integer
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    r public.stock_reservations;
    n integer := 0;
BEGIN
    FOR r IN
        SELECT * FROM public.stock_reservations
         WHERE status = 'active' AND expires_at < now()
         ORDER BY tenant_id, location_id, variant_id, id
         LIMIT p_limit
           FOR UPDATE SKIP LOCKED
    LOOP
        PERFORM stock.close_reservation(r, 'expired', NULL);
        n := n + 1;
    END LOOP;
    RETURN n;
END
$$;

CREATE FUNCTION api.reserve_stock(p_request_id uuid, p_variant_id uuid, p_location_id uuid,
                                  p_order_id text, p_quantity numeric, p_ttl interval DEFAULT NULL)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
    prior jsonb;
    s stock.subject;
    ttl interval;
    pos public.stock_positions;
    has_batches boolean;
    unsellable numeric := 0;
    existing public.stock_reservations;
    reservation_id uuid;
    expires timestamptz;
    result jsonb;
    stale public.stock_reservations;
    order_ref constant text := btrim(p_order_id);
BEGIN
    PERFORM auth.require_in_scope(c, 'location', p_location_id);
    prior := auth.begin_command(c.tenant_id, 'reserve_stock', p_request_id,
        jsonb_build_object('variant_id', p_variant_id, 'location_id', p_location_id,
                           'order_id', p_order_id, 'quantity', p_quantity, 'ttl', p_ttl));
    IF prior IS NOT NULL THEN
        RETURN prior;
    END IF;
    PERFORM stock.require_quantity(p_quantity, 'quantity to reserve');
    IF order_ref IS NULL OR order_ref = '' THEN
        PERFORM auth.fail('invalid_argument', 'A reservation needs the order it holds stock for.',
                          'Enter the order number.');
    END IF;
    PERFORM stock.require_text(order_ref, 'order number', 120);
    s := stock.subject(c.tenant_id, p_variant_id, p_location_id);
    IF s.variant_status = 'archived' THEN
        PERFORM auth.fail('invalid_argument',
            format('%s is archived and cannot be reserved.', s.sku), 'Restore the variant first.');
    END IF;
    IF NOT s.location_active THEN
        PERFORM auth.fail('invalid_argument',
            format('Location %s is inactive; nothing can be reserved there.', s.location_code));
    END IF;
    ttl := coalesce(p_ttl, s.reservation_ttl);
    IF ttl <= interval '0' OR ttl > interval '7 days' THEN
        PERFORM auth.fail('invalid_argument',
            format('A reservation can be held for more than zero and at most 7 days, not %s.', ttl),
            'Leave the time empty to use the location''s default.');
    END IF;

    -- Lock the position; only then look at its batches and reservations.
    SELECT * INTO pos FROM public.stock_positions p
     WHERE p.tenant_id = s.tenant_id AND p.variant_id = s.variant_id AND p.location_id = s.location_id
       FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM auth.fail('insufficient_stock',
            format('There is no stock of %s at %s to reserve.', s.sku, s.location_code),
            'Receive stock there first.');
    END IF;
    -- The order's own reservation whose time is up (still active until the sweeper passes)
    -- ends now, so the order can reserve again. SKIP LOCKED: a commit or release holding it
    -- decides its fate instead.
    SELECT * INTO existing FROM public.stock_reservations
     WHERE tenant_id = s.tenant_id AND location_id = s.location_id AND variant_id = s.variant_id
       AND order_id = order_ref AND status = 'active' AND expires_at < now()
       FOR UPDATE SKIP LOCKED;
    IF FOUND THEN
        PERFORM stock.close_reservation(existing, 'expired', NULL);
        SELECT * INTO pos FROM public.stock_positions p
         WHERE p.tenant_id = s.tenant_id AND p.id = pos.id;
    END IF;
    SELECT * INTO existing FROM public.stock_reservations
     WHERE tenant_id = s.tenant_id AND location_id = s.location_id AND variant_id = s.variant_id
       AND order_id = order_ref AND status = 'active';
    IF FOUND THEN
        PERFORM auth.fail('already_exists',
            format('Order %s already holds %s of %s at %s (reservation %s).', order_ref,
                   existing.reserved_qty::float8, s.sku, s.location_code, existing.id),
            'Release that reservation first to change the quantity.');
    END IF;
    has_batches := stock.settle_batches(s);
    IF has_batches THEN
        unsellable := stock.unsellable(s);
    END IF;
    IF NOT pos.allow_negative_stock AND pos.quantity_available - unsellable < p_quantity THEN
        -- Reservations whose time is up still hold stock until the sweeper passes; give theirs
        -- back now rather than refuse.
        FOR stale IN
            SELECT * FROM public.stock_reservations
             WHERE tenant_id = s.tenant_id AND location_id = s.location_id
               AND variant_id = s.variant_id AND status = 'active' AND expires_at < now()
               FOR UPDATE SKIP LOCKED
        LOOP
            PERFORM stock.close_reservation(stale, 'expired', NULL);
        END LOOP;
        SELECT * INTO pos FROM public.stock_positions p
         WHERE p.tenant_id = s.tenant_id AND p.id = pos.id;
        IF pos.quantity_available - unsellable < p_quantity THEN
            PERFORM auth.fail('insufficient_stock',
                format('Only %s of %s can be reserved at %s (%s on hand, %s reserved%s); %s requested.',
                       greatest(pos.quantity_available - unsellable, 0)::float8, s.sku,
                       s.location_code, pos.quantity_on_hand::float8, pos.quantity_reserved::float8,
                       CASE WHEN unsellable > 0
                            THEN format(', %s expired or quarantined', unsellable::float8) ELSE '' END,
                       p_quantity::float8),
                'Reserve less, or receive stock first.');
        END IF;
    END IF;

    UPDATE public.stock_positions p
       SET quantity_reserved = p.quantity_reserved + p_quantity, version = p.version + 1,
           last_modified_at = now(), updated_at = now()
     WHERE p.tenant_id = s.tenant_id AND p.id = pos.id
    RETURNING p.* INTO pos;
    expires := now() + ttl;
    INSERT INTO public.stock_reservations (tenant_id, variant_id, location_id, order_id,
                                           reserved_qty, expires_at, request_id, created_by)
    VALUES (s.tenant_id, s.variant_id, s.location_id, order_ref, p_quantity, expires,
            p_request_id, session_user)
    RETURNING id INTO reservation_id;

    result := stock.position_json(pos, pos.quantity_available - unsellable)
              || jsonb_build_object('reservation_id', reservation_id, 'order_id', order_ref,
                                    'quantity', p_quantity, 'expires_at', expires);
    PERFORM stock.publish(s, pos, pos.quantity_available - unsellable + p_quantity,
                          pos.quantity_available - unsellable, 'inventory.stock.reserved',
                          jsonb_build_object('reservation_id', reservation_id, 'order_id', order_ref,
                                             'variant_id', s.variant_id, 'product_id', s.product_id,
                                             'sku', s.sku, 'location_id', s.location_id,
                                             'location_code', s.location_code,
                                             'quantity', p_quantity, 'expires_at', expires,
                                             'quantity_on_hand', pos.quantity_on_hand,
                                             'quantity_reserved', pos.quantity_reserved,
                                             'quantity_available', pos.quantity_available - unsellable,
                                             'version', pos.version));
    RETURN auth.finish_command(c.tenant_id, p_request_id, result);
END
$$;

-- Locks an active reservation of the caller's tenant and checks scope; a reservation of
-- another tenant is "not found", like one that does not exist.
CREATE FUNCTION stock.lock_reservation(c auth.caller, p_reservation_id uuid)
    RETURNS public.stock_reservations
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    r public.stock_reservations;
BEGIN
    SELECT * INTO r FROM public.stock_reservations
     WHERE tenant_id = c.tenant_id AND id = p_reservation_id
       FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM auth.fail('not_found', format('There is no reservation %s.', p_reservation_id));
    END IF;
    PERFORM auth.require_in_scope(c, 'location', r.location_id);
    RETURN r;
END
$$;

CREATE FUNCTION stock.require_active(r public.stock_reservations, p_action text) RETURNS void
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF r.status <> 'active' THEN
        PERFORM auth.fail('reservation_not_active',
            format('The reservation of order %s was %s at %s; it cannot be %s.', r.order_id,
                   r.status, to_char(r.closed_at, 'YYYY-MM-DD HH24:MI:SS TZ'), p_action));
    END IF;
    IF r.expires_at < now() THEN
        PERFORM auth.fail('reservation_not_active',
            format('The reservation of order %s expired at %s; it cannot be %s.', r.order_id,
                   to_char(r.expires_at, 'YYYY-MM-DD HH24:MI:SS TZ'), p_action),
            'Its stock is given back automatically. Reserve again if the order still needs it.');
    END IF;
END
$$;

CREATE FUNCTION api.release_reservation(p_request_id uuid, p_reservation_id uuid)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
    r public.stock_reservations;
    prior jsonb;
BEGIN
    r := stock.lock_reservation(c, p_reservation_id);
    prior := auth.begin_command(c.tenant_id, 'release_reservation', p_request_id,
                                jsonb_build_object('reservation_id', p_reservation_id));
    IF prior IS NOT NULL THEN
        RETURN prior;
    END IF;
    IF r.status <> 'active' THEN
        PERFORM stock.require_active(r, 'released');
    END IF;
    RETURN auth.finish_command(c.tenant_id, p_request_id,
                               stock.close_reservation(r, 'released', p_request_id));
END
$$;

CREATE FUNCTION api.commit_reservation(p_request_id uuid, p_reservation_id uuid)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
    r public.stock_reservations;
    prior jsonb;
    s stock.subject;
    result jsonb;
BEGIN
    r := stock.lock_reservation(c, p_reservation_id);
    prior := auth.begin_command(c.tenant_id, 'commit_reservation', p_request_id,
                                jsonb_build_object('reservation_id', p_reservation_id));
    IF prior IS NOT NULL THEN
        RETURN prior;
    END IF;
    PERFORM stock.require_active(r, 'committed');
    s := stock.subject(c.tenant_id, r.variant_id, r.location_id);
    result := stock.apply(s, -r.reserved_qty, 'sale_committed', NULL, 'order', r.order_id,
                          p_request_id, 'inventory.stock.committed',
                          jsonb_build_object('reservation_id', r.id, 'order_id', r.order_id,
                                             'status', 'committed', 'quantity', r.reserved_qty),
                          p_reserved_delta => -r.reserved_qty);
    UPDATE public.stock_reservations
       SET status = 'committed', closed_at = now(), updated_at = now()
     WHERE tenant_id = r.tenant_id AND id = r.id;
    RETURN auth.finish_command(c.tenant_id, p_request_id, result);
END
$$;

-- ── Transfers ───────────────────────────────────────────────────────────────────────────────
CREATE FUNCTION api.transfer_stock(p_request_id uuid, p_variant_id uuid, p_from_location_id uuid,
                                   p_to_location_id uuid, p_quantity numeric,
                                   p_reason text DEFAULT NULL)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
    prior jsonb;
    src stock.subject;
    dst stock.subject;
    transfer_id constant uuid := gen_random_uuid();
    dest public.stock_positions;
    result jsonb;
BEGIN
    -- The source must be in scope; the destination may be any active location of the tenant
    -- (stock is sent to other stores), whose own staff receive it.
    PERFORM auth.require_in_scope(c, 'location', p_from_location_id);
    prior := auth.begin_command(c.tenant_id, 'transfer_stock', p_request_id,
        jsonb_build_object('variant_id', p_variant_id, 'from_location_id', p_from_location_id,
                           'to_location_id', p_to_location_id, 'quantity', p_quantity,
                           'reason', p_reason));
    IF prior IS NOT NULL THEN
        RETURN prior;
    END IF;
    PERFORM stock.require_quantity(p_quantity, 'quantity to transfer');
    PERFORM stock.require_text(p_reason, 'reason', 2000);
    IF p_to_location_id IS NULL OR p_to_location_id = p_from_location_id THEN
        PERFORM auth.fail('invalid_argument',
            'A transfer needs a destination other than the location it leaves.',
            'Choose where the stock is going.');
    END IF;
    src := stock.subject(c.tenant_id, p_variant_id, p_from_location_id);
    dst := stock.subject(c.tenant_id, p_variant_id, p_to_location_id);
    IF NOT dst.location_active THEN
        PERFORM auth.fail('invalid_argument',
            format('Location %s is inactive and cannot receive stock.', dst.location_code));
    END IF;
    -- Both positions exist and are locked in one order (by location id), so two opposite
    -- transfers cannot deadlock.
    INSERT INTO public.stock_positions (tenant_id, variant_id, location_id, allow_negative_stock)
    SELECT * FROM (VALUES (src.tenant_id, src.variant_id, src.location_id, src.allow_negative_stock),
                          (dst.tenant_id, dst.variant_id, dst.location_id, dst.allow_negative_stock))
                  AS v(tenant_id, variant_id, location_id, allow_negative_stock)
     ORDER BY location_id
    ON CONFLICT (tenant_id, variant_id, location_id) DO NOTHING;
    PERFORM 1 FROM public.stock_positions p
     WHERE p.tenant_id = c.tenant_id AND p.variant_id = p_variant_id
       AND p.location_id IN (p_from_location_id, p_to_location_id)
     ORDER BY p.location_id
       FOR UPDATE;

    result := stock.apply(src, -p_quantity, 'transfer_out', nullif(btrim(p_reason), ''), 'transfer',
                          transfer_id::text, p_request_id, 'inventory.stock.adjusted',
                          jsonb_build_object('transfer_id', transfer_id,
                                             'to_location_id', p_to_location_id));
    UPDATE public.stock_positions p
       SET quantity_in_transit = p.quantity_in_transit + p_quantity, version = p.version + 1,
           last_modified_at = now(), updated_at = now()
     WHERE p.tenant_id = dst.tenant_id AND p.variant_id = dst.variant_id
       AND p.location_id = dst.location_id
    RETURNING p.* INTO dest;
    INSERT INTO public.stock_transfers (tenant_id, id, variant_id, from_location_id, to_location_id,
                                        quantity, reason, sent_by)
    VALUES (c.tenant_id, transfer_id, p_variant_id, p_from_location_id, p_to_location_id,
            p_quantity, nullif(btrim(p_reason), ''), session_user);
    INSERT INTO public.outbox (tenant_id, event_type, product_id, variant_id, location_id, data, actor)
    VALUES (c.tenant_id, 'inventory.transfer.dispatched', dst.product_id, dst.variant_id,
            dst.location_id,
            jsonb_build_object('transfer_id', transfer_id, 'variant_id', p_variant_id,
                               'sku', dst.sku, 'from_location_id', p_from_location_id,
                               'from_location_code', src.location_code,
                               'location_id', p_to_location_id, 'location_code', dst.location_code,
                               'quantity', p_quantity, 'quantity_in_transit', dest.quantity_in_transit,
                               'version', dest.version),
            session_user);
    RETURN auth.finish_command(c.tenant_id, p_request_id,
        result || jsonb_build_object('destination', stock.position_json(dest, NULL) - 'sellable'));
END
$$;

CREATE FUNCTION api.receive_transfer(p_request_id uuid, p_transfer_id uuid)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
    t public.stock_transfers;
    prior jsonb;
    s stock.subject;
    result jsonb;
BEGIN
    SELECT * INTO t FROM public.stock_transfers
     WHERE tenant_id = c.tenant_id AND id = p_transfer_id
       FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM auth.fail('not_found', format('There is no transfer %s.', p_transfer_id));
    END IF;
    PERFORM auth.require_in_scope(c, 'location', t.to_location_id);
    prior := auth.begin_command(c.tenant_id, 'receive_transfer', p_request_id,
                                jsonb_build_object('transfer_id', p_transfer_id));
    IF prior IS NOT NULL THEN
        RETURN prior;
    END IF;
    IF t.status <> 'in_transit' THEN
        PERFORM auth.fail('invalid_transition',
            format('Transfer %s was already received by %s at %s.', t.id, t.received_by,
                   to_char(t.received_at, 'YYYY-MM-DD HH24:MI:SS TZ')));
    END IF;
    s := stock.subject(c.tenant_id, t.variant_id, t.to_location_id);
    result := stock.apply(s, t.quantity, 'transfer_in', t.reason, 'transfer', t.id::text,
                          p_request_id, 'inventory.stock.adjusted',
                          jsonb_build_object('transfer_id', t.id,
                                             'from_location_id', t.from_location_id),
                          p_in_transit_delta => -t.quantity);
    UPDATE public.stock_transfers
       SET status = 'received', received_by = session_user, received_at = now()
     WHERE tenant_id = t.tenant_id AND id = t.id;
    RETURN auth.finish_command(c.tenant_id, p_request_id, result);
END
$$;

-- ── Batches ─────────────────────────────────────────────────────────────────────────────────
-- Receives p_quantity into batch p_batch_number (created on first receipt; a repeat receipt
-- of the same batch must carry the same expiry date).
CREATE FUNCTION api.receive_batch(p_request_id uuid, p_variant_id uuid, p_location_id uuid,
                                  p_batch_number text, p_quantity numeric, p_expiry_date date,
                                  p_alert_date date DEFAULT NULL, p_lot_number text DEFAULT NULL,
                                  p_manufactured_on date DEFAULT NULL)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
    prior jsonb;
    s stock.subject;
    number constant text := btrim(p_batch_number);
    existing public.inventory_batches;
    batch_id uuid := gen_random_uuid();
    result jsonb;
BEGIN
    PERFORM auth.require_in_scope(c, 'location', p_location_id);
    prior := auth.begin_command(c.tenant_id, 'receive_batch', p_request_id,
        jsonb_build_object('variant_id', p_variant_id, 'location_id', p_location_id,
                           'batch_number', p_batch_number, 'quantity', p_quantity,
                           'expiry_date', p_expiry_date, 'alert_date', p_alert_date,
                           'lot_number', p_lot_number, 'manufactured_on', p_manufactured_on));
    IF prior IS NOT NULL THEN
        RETURN prior;
    END IF;
    PERFORM stock.require_quantity(p_quantity, 'quantity received');
    IF number IS NULL OR number = '' THEN
        PERFORM auth.fail('invalid_argument', 'A batch needs its batch number.',
                          'Enter the batch number printed on the pack.');
    END IF;
    PERFORM stock.require_text(number, 'batch number', 60);
    PERFORM stock.require_text(p_lot_number, 'lot number', 60);
    s := stock.subject(c.tenant_id, p_variant_id, p_location_id);
    IF p_expiry_date IS NULL THEN
        PERFORM auth.fail('invalid_argument', format('Batch %s needs its expiry date.', number));
    END IF;
    IF p_expiry_date < s.today THEN
        PERFORM auth.fail('invalid_argument',
            format('Batch %s expired on %s; expired stock cannot be received.', number, p_expiry_date),
            'Refuse the delivery, or record it as damage if it was already accepted.');
    END IF;
    IF p_alert_date > p_expiry_date THEN
        PERFORM auth.fail('invalid_argument',
            format('The alert date %s of batch %s is after its expiry date %s.', p_alert_date,
                   number, p_expiry_date));
    END IF;
    IF p_manufactured_on > p_expiry_date OR p_manufactured_on > s.today THEN
        PERFORM auth.fail('invalid_argument',
            format('The manufacturing date %s of batch %s is after %s.', p_manufactured_on, number,
                   CASE WHEN p_manufactured_on > p_expiry_date THEN 'its expiry date' ELSE 'today' END));
    END IF;

    -- Lock the position first; then the batch cannot change under us.
    INSERT INTO public.stock_positions (tenant_id, variant_id, location_id, allow_negative_stock)
    VALUES (s.tenant_id, s.variant_id, s.location_id, s.allow_negative_stock)
    ON CONFLICT (tenant_id, variant_id, location_id) DO NOTHING;
    PERFORM 1 FROM public.stock_positions p
     WHERE p.tenant_id = s.tenant_id AND p.variant_id = s.variant_id AND p.location_id = s.location_id
       FOR UPDATE;
    SELECT * INTO existing FROM public.inventory_batches b
     WHERE b.tenant_id = s.tenant_id AND b.location_id = s.location_id
       AND b.variant_id = s.variant_id AND b.batch_number = number;
    IF FOUND THEN
        IF existing.expiry_date IS DISTINCT FROM p_expiry_date THEN
            PERFORM auth.fail('already_exists',
                format('Batch %s of %s at %s already exists with expiry date %s, not %s.', number,
                       s.sku, s.location_code, existing.expiry_date, p_expiry_date),
                'Check the batch number, or receive it under its own number.');
        END IF;
        IF existing.status IN ('expired', 'quarantined') THEN
            PERFORM auth.fail('invalid_argument',
                format('Batch %s of %s at %s is %s; nothing more can be received into it.', number,
                       s.sku, s.location_code, existing.status));
        END IF;
        batch_id := existing.id;
    END IF;

    result := stock.apply(s, p_quantity, 'receipt', format('Batch %s', number), 'batch', number,
                          p_request_id, 'inventory.stock.adjusted',
                          jsonb_build_object('batch_id', batch_id, 'batch_number', number,
                                             'expiry_date', p_expiry_date),
                          batch_id);
    INSERT INTO public.inventory_batches AS b
           (tenant_id, id, variant_id, location_id, batch_number, lot_number, manufactured_on,
            expiry_date, alert_date, quantity_received, quantity_on_hand)
    VALUES (s.tenant_id, batch_id, s.variant_id, s.location_id, number,
            nullif(btrim(p_lot_number), ''), p_manufactured_on, p_expiry_date, p_alert_date,
            p_quantity, p_quantity)
    ON CONFLICT (tenant_id, location_id, variant_id, batch_number) DO UPDATE
       SET quantity_received = b.quantity_received + EXCLUDED.quantity_received,
           quantity_on_hand = b.quantity_on_hand + EXCLUDED.quantity_on_hand,
           status = 'active', version = b.version + 1, last_modified_at = now(),
           lot_number = coalesce(b.lot_number, EXCLUDED.lot_number),
           alert_date = coalesce(EXCLUDED.alert_date, b.alert_date);
    RETURN auth.finish_command(c.tenant_id, p_request_id, result);
END
$$;

-- Writes off p_quantity (all of it when NULL) of one batch, as expiry_writeoff or damage.
CREATE FUNCTION api.write_off_batch(p_request_id uuid, p_batch_id uuid, p_quantity numeric DEFAULT NULL,
                                    p_movement_type text DEFAULT 'expiry_writeoff',
                                    p_reason text DEFAULT NULL)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
    b public.inventory_batches;
    prior jsonb;
    s stock.subject;
    qty numeric;
BEGIN
    SELECT * INTO b FROM public.inventory_batches
     WHERE tenant_id = c.tenant_id AND id = p_batch_id;
    IF NOT FOUND THEN
        PERFORM auth.fail('not_found', format('There is no batch %s.', p_batch_id));
    END IF;
    PERFORM auth.require_in_scope(c, 'location', b.location_id);
    prior := auth.begin_command(c.tenant_id, 'write_off_batch', p_request_id,
        jsonb_build_object('batch_id', p_batch_id, 'quantity', p_quantity,
                           'movement_type', p_movement_type, 'reason', p_reason));
    IF prior IS NOT NULL THEN
        RETURN prior;
    END IF;
    IF p_movement_type IS NULL OR p_movement_type NOT IN ('expiry_writeoff', 'damage') THEN
        PERFORM auth.fail('invalid_argument',
            format('A batch is written off as expiry_writeoff or damage, not "%s".',
                   coalesce(p_movement_type, '')));
    END IF;
    PERFORM stock.require_text(p_reason, 'reason', 2000);
    s := stock.subject(c.tenant_id, b.variant_id, b.location_id);
    -- Lock the position, then read the batch as it is now.
    PERFORM 1 FROM public.stock_positions p
     WHERE p.tenant_id = s.tenant_id AND p.variant_id = s.variant_id AND p.location_id = s.location_id
       FOR UPDATE;
    SELECT * INTO b FROM public.inventory_batches WHERE tenant_id = c.tenant_id AND id = p_batch_id;
    qty := coalesce(p_quantity, b.quantity_on_hand);
    IF b.quantity_on_hand = 0 THEN
        PERFORM auth.fail('invalid_quantity',
            format('Batch %s of %s at %s has nothing left to write off.', b.batch_number, s.sku,
                   s.location_code));
    END IF;
    PERFORM stock.require_quantity(qty, 'quantity to write off');
    IF qty > b.quantity_on_hand THEN
        PERFORM auth.fail('invalid_quantity',
            format('Batch %s of %s at %s holds %s; %s cannot be written off.', b.batch_number,
                   s.sku, s.location_code, b.quantity_on_hand::float8, qty::float8));
    END IF;
    RETURN auth.finish_command(c.tenant_id, p_request_id,
        stock.apply(s, -qty, p_movement_type,
                    coalesce(nullif(btrim(p_reason), ''), format('Batch %s written off', b.batch_number)),
                    'batch', b.batch_number, p_request_id, 'inventory.stock.adjusted',
                    jsonb_build_object('batch_id', b.id, 'batch_number', b.batch_number),
                    p_batch_id));
END
$$;

-- ── Counts ──────────────────────────────────────────────────────────────────────────────────
-- A counted quantity for a position the counter loaded at p_expected_version. The variance
-- becomes a count_correction; if anything changed the position since it was loaded, the count
-- is refused with version_conflict so the counter can look again.
CREATE FUNCTION api.record_count(p_request_id uuid, p_variant_id uuid, p_location_id uuid,
                                 p_counted_quantity numeric, p_expected_version integer,
                                 p_reason text DEFAULT NULL)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
    prior jsonb;
    s stock.subject;
    pos public.stock_positions;
    variance numeric;
    result jsonb;
BEGIN
    PERFORM auth.require_in_scope(c, 'location', p_location_id);
    prior := auth.begin_command(c.tenant_id, 'record_count', p_request_id,
        jsonb_build_object('variant_id', p_variant_id, 'location_id', p_location_id,
                           'counted_quantity', p_counted_quantity,
                           'expected_version', p_expected_version, 'reason', p_reason));
    IF prior IS NOT NULL THEN
        RETURN prior;
    END IF;
    IF p_counted_quantity IS NULL OR p_counted_quantity < 0 THEN
        PERFORM auth.fail('invalid_quantity',
            format('A counted quantity must be zero or more, not %s.',
                   coalesce(p_counted_quantity::text, 'empty')));
    END IF;
    IF p_counted_quantity > 0 THEN
        PERFORM stock.require_quantity(p_counted_quantity, 'counted quantity');
    END IF;
    IF p_expected_version IS NULL THEN
        PERFORM auth.fail('invalid_argument',
            'A count needs the version of the position the counter loaded.');
    END IF;
    PERFORM stock.require_text(p_reason, 'reason', 2000);
    s := stock.subject(c.tenant_id, p_variant_id, p_location_id);
    SELECT * INTO pos FROM public.stock_positions p
     WHERE p.tenant_id = s.tenant_id AND p.variant_id = s.variant_id AND p.location_id = s.location_id
       FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM auth.fail('not_found',
            format('%s has no stock position at %s to count.', s.sku, s.location_code),
            'Receive the stock, or record it as an adjustment.');
    END IF;
    IF pos.version <> p_expected_version THEN
        PERFORM auth.fail('version_conflict',
            format('%s at %s changed since the count sheet was loaded (version %s, now %s): %s on hand, %s reserved.',
                   s.sku, s.location_code, p_expected_version, pos.version,
                   pos.quantity_on_hand::float8, pos.quantity_reserved::float8),
            'Reload the line, check the count, and submit it again.');
    END IF;
    variance := p_counted_quantity - pos.quantity_on_hand;
    IF variance = 0 THEN
        result := stock.position_json(pos, NULL) - 'sellable'
                  || jsonb_build_object('variance', 0, 'movement_ids', '[]'::jsonb);
        RETURN auth.finish_command(c.tenant_id, p_request_id, result);
    END IF;
    IF NOT pos.allow_negative_stock AND p_counted_quantity < pos.quantity_reserved THEN
        PERFORM auth.fail('insufficient_stock',
            format('Counted %s of %s at %s, but %s are reserved for orders.',
                   p_counted_quantity::float8, s.sku, s.location_code, pos.quantity_reserved::float8),
            'Release or commit those reservations, then record the count.');
    END IF;
    RETURN auth.finish_command(c.tenant_id, p_request_id,
        stock.apply(s, variance, 'count_correction',
                    coalesce(nullif(btrim(p_reason), ''), 'Stock count'), 'count',
                    p_request_id::text, p_request_id, 'inventory.stock.adjusted',
                    jsonb_build_object('counted_quantity', p_counted_quantity, 'variance', variance)));
END
$$;

-- ── Jobs ────────────────────────────────────────────────────────────────────────────────────
-- Marks batches past their expiry date as expired (refreshing what can be sold; `expired`
-- counts the batches) and raises one inventory.batch.expiring_soon alert per batch that reached
-- its alert date. At most p_limit positions and p_limit alerts per call.
CREATE FUNCTION stock.flag_expiring_batches(p_limit integer DEFAULT 1000,
                                            OUT expired integer, OUT alerts integer)
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    p record;
    s stock.subject;
    pos public.stock_positions;
    before_unsellable numeric;
    after_unsellable numeric;
BEGIN
    expired := 0;
    -- Positions holding a batch that expired, one position (and its lock) at a time.
    FOR p IN
        SELECT DISTINCT b.tenant_id, b.location_id, b.variant_id
          FROM public.inventory_batches b JOIN public.tenants t USING (tenant_id)
         WHERE b.status = 'active' AND b.expiry_date < (now() AT TIME ZONE t.timezone)::date
         ORDER BY b.tenant_id, b.location_id, b.variant_id  -- the order every sweeper locks in
         LIMIT p_limit
    LOOP
        s := stock.subject(p.tenant_id, p.variant_id, p.location_id);
        SELECT * INTO pos FROM public.stock_positions sp
         WHERE sp.tenant_id = s.tenant_id AND sp.variant_id = s.variant_id
           AND sp.location_id = s.location_id
           FOR UPDATE;
        before_unsellable := stock.unsellable(s);
        expired := expired + (SELECT count(*) FROM public.inventory_batches b
                               WHERE b.tenant_id = s.tenant_id AND b.location_id = s.location_id
                                 AND b.variant_id = s.variant_id AND b.status = 'active'
                                 AND b.expiry_date < s.today)::integer;
        PERFORM stock.settle_batches(s);
        after_unsellable := stock.unsellable(s);
        IF after_unsellable <> before_unsellable THEN
            PERFORM stock.publish(s, pos, pos.quantity_available - before_unsellable,
                                  pos.quantity_available - after_unsellable,
                                  'inventory.batch.expired',
                                  jsonb_build_object('variant_id', s.variant_id, 'sku', s.sku,
                                                     'location_id', s.location_id,
                                                     'location_code', s.location_code,
                                                     'quantity_expired', after_unsellable - before_unsellable,
                                                     'quantity_available', pos.quantity_available - after_unsellable));
        END IF;
    END LOOP;

    WITH due AS (
        SELECT b.tenant_id, b.id FROM public.inventory_batches b JOIN public.tenants t USING (tenant_id)
         WHERE b.status = 'active' AND b.alerted_at IS NULL AND b.quantity_on_hand > 0
           AND b.alert_date <= (now() AT TIME ZONE t.timezone)::date
         ORDER BY b.alert_date
         LIMIT p_limit
           FOR UPDATE OF b SKIP LOCKED
    ), marked AS (
        UPDATE public.inventory_batches b SET alerted_at = now()
          FROM due WHERE b.tenant_id = due.tenant_id AND b.id = due.id
        RETURNING b.*
    ), sent AS (
        INSERT INTO public.outbox (tenant_id, event_type, product_id, variant_id, location_id, data, actor)
        SELECT mk.tenant_id, 'inventory.batch.expiring_soon', v.product_id, mk.variant_id,
               mk.location_id,
               jsonb_build_object('batch_id', mk.id, 'batch_number', mk.batch_number,
                                  'lot_number', mk.lot_number, 'variant_id', mk.variant_id,
                                  'sku', v.sku, 'location_id', mk.location_id,
                                  'location_code', l.code, 'expiry_date', mk.expiry_date,
                                  'alert_date', mk.alert_date, 'quantity', mk.quantity_on_hand),
               session_user
          FROM marked mk
          JOIN public.variants v ON v.tenant_id = mk.tenant_id AND v.id = mk.variant_id
          JOIN public.locations l ON l.tenant_id = mk.tenant_id AND l.id = mk.location_id
        RETURNING 1
    )
    SELECT count(*) INTO alerts FROM sent;
END
$$;

-- ── Checks ──────────────────────────────────────────────────────────────────────────────────
-- Every stock invariant, as rows of drift (none when all hold). For "stockroomd check" and
-- the tests; the owner or a superuser runs it, so it sees every tenant.
CREATE FUNCTION stock.check_invariants(p_tenant_id uuid DEFAULT NULL)
    RETURNS TABLE (invariant text, tenant_id uuid, variant_id uuid, location_id uuid, detail text)
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    WITH pos AS (
        SELECT * FROM public.stock_positions p WHERE p_tenant_id IS NULL OR p.tenant_id = p_tenant_id
    ), ledger AS (
        SELECT m.tenant_id, m.variant_id, m.location_id, sum(m.quantity_delta) AS total
          FROM public.stock_movements m WHERE p_tenant_id IS NULL OR m.tenant_id = p_tenant_id
         GROUP BY 1, 2, 3
    ), held AS (
        SELECT r.tenant_id, r.variant_id, r.location_id, sum(r.reserved_qty) AS total
          FROM public.stock_reservations r
         WHERE r.status = 'active' AND (p_tenant_id IS NULL OR r.tenant_id = p_tenant_id)
         GROUP BY 1, 2, 3
    ), inbound AS (
        SELECT t.tenant_id, t.variant_id, t.to_location_id AS location_id, sum(t.quantity) AS total
          FROM public.stock_transfers t
         WHERE t.status = 'in_transit' AND (p_tenant_id IS NULL OR t.tenant_id = p_tenant_id)
         GROUP BY 1, 2, 3
    ), batched AS (
        SELECT b.tenant_id, b.variant_id, b.location_id, sum(b.quantity_on_hand) AS total,
               sum(b.quantity_on_hand) FILTER (WHERE b.status IN ('expired', 'quarantined')) AS unsellable
          FROM public.inventory_batches b WHERE p_tenant_id IS NULL OR b.tenant_id = p_tenant_id
         GROUP BY 1, 2, 3
    )
    SELECT 'on hand equals the sum of the ledger', p.tenant_id, p.variant_id, p.location_id,
           format('on hand %s, ledger sums to %s', p.quantity_on_hand::float8, coalesce(l.total, 0)::float8)
      FROM pos p LEFT JOIN ledger l USING (tenant_id, variant_id, location_id)
     WHERE p.quantity_on_hand <> coalesce(l.total, 0)
    UNION ALL
    SELECT 'ledger rows belong to a position', l.tenant_id, l.variant_id, l.location_id,
           format('ledger sums to %s with no stock position', l.total::float8)
      FROM ledger l LEFT JOIN pos p USING (tenant_id, variant_id, location_id)
     WHERE p.id IS NULL
    UNION ALL
    SELECT 'reserved equals the sum of active reservations', p.tenant_id, p.variant_id, p.location_id,
           format('reserved %s, active reservations hold %s', p.quantity_reserved::float8,
                  coalesce(h.total, 0)::float8)
      FROM pos p LEFT JOIN held h USING (tenant_id, variant_id, location_id)
     WHERE p.quantity_reserved <> coalesce(h.total, 0)
    UNION ALL
    SELECT 'available is never below zero', p.tenant_id, p.variant_id, p.location_id,
           format('on hand %s, reserved %s', p.quantity_on_hand::float8, p.quantity_reserved::float8)
      FROM pos p
     WHERE NOT p.allow_negative_stock AND p.quantity_on_hand - p.quantity_reserved < 0
    UNION ALL
    SELECT 'in transit covers open transfers', p.tenant_id, p.variant_id, p.location_id,
           format('in transit %s, open transfers bring %s', p.quantity_in_transit::float8, i.total::float8)
      FROM pos p JOIN inbound i USING (tenant_id, variant_id, location_id)
     WHERE p.quantity_in_transit < i.total
    UNION ALL
    SELECT 'batches hold at most what is on hand', p.tenant_id, p.variant_id, p.location_id,
           format('batches hold %s, on hand %s', b.total::float8, p.quantity_on_hand::float8)
      FROM pos p JOIN batched b USING (tenant_id, variant_id, location_id)
     WHERE b.total > greatest(p.quantity_on_hand, 0)
    UNION ALL
    SELECT 'a depleted batch is empty', b.tenant_id, b.variant_id, b.location_id,
           format('batch %s is %s with %s on hand', b.batch_number, b.status, b.quantity_on_hand::float8)
      FROM public.inventory_batches b
     WHERE (p_tenant_id IS NULL OR b.tenant_id = p_tenant_id)
       AND (b.status = 'depleted') <> (b.quantity_on_hand = 0)
    UNION ALL
    SELECT 'orderability matches the position', p.tenant_id, p.variant_id, p.location_id,
           format('projection says %s (%s), position has %s that can be sold',
                  coalesce(o.available_qty::float8::text, 'nothing'),
                  coalesce(o.reason_code, CASE WHEN o.is_orderable THEN 'orderable' END, 'no row'),
                  (p.quantity_available - coalesce(b.unsellable, 0))::float8)
      FROM pos p
      LEFT JOIN batched b USING (tenant_id, variant_id, location_id)
      LEFT JOIN public.orderability_projection o USING (tenant_id, variant_id, location_id)
      JOIN public.variants v ON v.tenant_id = p.tenant_id AND v.id = p.variant_id
      JOIN public.locations loc ON loc.tenant_id = p.tenant_id AND loc.id = p.location_id
     WHERE o.variant_id IS NOT NULL
       AND (o.available_qty <> p.quantity_available - coalesce(b.unsellable, 0)
            OR o.reason_code IS DISTINCT FROM
               CASE WHEN v.status = 'archived' THEN 'archived'
                    WHEN NOT loc.is_active THEN 'location_inactive'
                    WHEN p.quantity_available - coalesce(b.unsellable, 0) <= 0 THEN 'out_of_stock' END)
    UNION ALL
    SELECT 'a reservation that ended has a closing time', r.tenant_id, r.variant_id, r.location_id,
           format('reservation %s of order %s', r.id, r.order_id)
      FROM public.stock_reservations r
     WHERE (p_tenant_id IS NULL OR r.tenant_id = p_tenant_id)
       AND (r.status = 'active') <> (r.closed_at IS NULL)
$$;

-- ── Privileges ──────────────────────────────────────────────────────────────────────────────
REVOKE ALL ON SCHEMA stock FROM PUBLIC;
DO $grants$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN
        SELECT p.oid::regprocedure FROM pg_proc p
         WHERE p.pronamespace = 'api'::regnamespace
           AND p.proname IN ('adjust_stock', 'reserve_stock', 'release_reservation',
                             'commit_reservation', 'transfer_stock', 'receive_transfer',
                             'receive_batch', 'write_off_batch', 'record_count')
    LOOP
        EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO stockroom_admin, stockroom_store_manager, '
                       'stockroom_floor_supervisor', f);
    END LOOP;
END
$grants$;
