-- Inventory core: per-location stock positions, the append-only movement ledger (partitioned
-- by month), reservations, batches with expiry, and the orderability projection.
SET LOCAL ROLE stockroom_owner;

CREATE TABLE stock_positions (
    tenant_id            uuid          NOT NULL,
    id                   uuid          NOT NULL DEFAULT gen_random_uuid(),
    variant_id           uuid          NOT NULL,
    location_id          uuid          NOT NULL,
    quantity_on_hand     numeric(18,4) NOT NULL DEFAULT 0,
    quantity_reserved    numeric(18,4) NOT NULL DEFAULT 0 CHECK (quantity_reserved >= 0),
    quantity_available   numeric(18,4) GENERATED ALWAYS AS (quantity_on_hand - quantity_reserved) STORED,
    quantity_in_transit  numeric(18,4) NOT NULL DEFAULT 0 CHECK (quantity_in_transit >= 0),
    reorder_point        numeric(18,4) NOT NULL DEFAULT 0 CHECK (reorder_point >= 0),
    max_stock            numeric(18,4) CHECK (max_stock > 0),
    -- Copied from the location through the foreign key below (ON UPDATE CASCADE).
    allow_negative_stock boolean       NOT NULL DEFAULT false,
    rack                 varchar(20),
    bin                  varchar(20),
    zone                 varchar(20),
    aisle                varchar(20),
    version              integer       NOT NULL DEFAULT 1 CHECK (version > 0),
    last_modified_at     timestamptz   NOT NULL DEFAULT now(),
    updated_at           timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, variant_id, location_id),
    FOREIGN KEY (tenant_id, variant_id) REFERENCES variants (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, location_id, allow_negative_stock)
        REFERENCES locations (tenant_id, id, allow_negative_stock) ON UPDATE CASCADE,
    CONSTRAINT stock_positions_available_not_negative
        CHECK (allow_negative_stock OR quantity_on_hand - quantity_reserved >= 0),
    CHECK (max_stock IS NULL OR max_stock >= reorder_point)
);
CREATE INDEX stock_positions_location ON stock_positions (tenant_id, location_id, variant_id);

-- The ledger. quantity_on_hand of a position is the sum of its movements, always.
CREATE TABLE stock_movements (
    tenant_id        uuid          NOT NULL,
    id               uuid          NOT NULL DEFAULT gen_random_uuid(),
    variant_id       uuid          NOT NULL,
    location_id      uuid          NOT NULL,
    movement_type    varchar(40)   NOT NULL,
    quantity_delta   numeric(18,4) NOT NULL,
    batch_id         uuid,
    reason           text,
    reference_type   varchar(40),
    reference_id     varchar(120),
    request_id       uuid,
    source_system_id uuid,
    performed_by     name          NOT NULL DEFAULT current_user,
    occurred_at      timestamptz   NOT NULL,
    metadata         jsonb         NOT NULL DEFAULT '{}',
    created_at       timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id, occurred_at),
    FOREIGN KEY (tenant_id, variant_id, location_id)
        REFERENCES stock_positions (tenant_id, variant_id, location_id),
    FOREIGN KEY (tenant_id, source_system_id) REFERENCES source_systems (tenant_id, id)
        ON DELETE SET NULL (source_system_id),
    CONSTRAINT stock_movements_sign CHECK (CASE
        WHEN movement_type IN ('receipt', 'return', 'transfer_in') THEN quantity_delta > 0
        WHEN movement_type IN ('sale_committed', 'damage', 'expiry_writeoff', 'transfer_out')
            THEN quantity_delta < 0
        WHEN movement_type IN ('count_correction', 'adjustment', 'opening_balance')
            THEN quantity_delta <> 0
        ELSE false END)
) PARTITION BY RANGE (occurred_at);
CREATE INDEX stock_movements_position ON stock_movements (tenant_id, variant_id, location_id, occurred_at);

-- Append-only: corrections are new movements, never edits.
CREATE FUNCTION stock_movements_append_only() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION 'the stock ledger is append-only: % is not allowed on stock_movements', TG_OP
        USING ERRCODE = 'restrict_violation', HINT = 'Record a correcting movement instead.';
END
$$;
CREATE TRIGGER stock_movements_no_update BEFORE UPDATE OR DELETE ON stock_movements
    FOR EACH ROW EXECUTE FUNCTION stock_movements_append_only();
CREATE TRIGGER stock_movements_no_truncate BEFORE TRUNCATE ON stock_movements
    FOR EACH STATEMENT EXECUTE FUNCTION stock_movements_append_only();


-- Monthly partitions; a default partition catches anything outside the prepared range, and
-- stockroomd keeps months ahead prepared.
CREATE FUNCTION stock_movements_prepare_months(first_month date, months integer) RETURNS integer
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
            created := created + 1;
        END IF;
    END LOOP;
    RETURN created;
END
$$;
SELECT stock_movements_prepare_months(date '2025-01-01', 36);
CREATE TABLE stock_movements_default PARTITION OF stock_movements DEFAULT;
CREATE TRIGGER no_truncate BEFORE TRUNCATE ON stock_movements_default
    FOR EACH STATEMENT EXECUTE FUNCTION stock_movements_append_only();

CREATE TABLE stock_reservations (
    tenant_id    uuid          NOT NULL,
    id           uuid          NOT NULL DEFAULT gen_random_uuid(),
    variant_id   uuid          NOT NULL,
    location_id  uuid          NOT NULL,
    order_id     varchar(120)  NOT NULL CHECK (btrim(order_id) <> ''),
    reserved_qty numeric(18,4) NOT NULL CHECK (reserved_qty > 0),
    status       varchar(20)   NOT NULL DEFAULT 'active'
                 CHECK (status IN ('active', 'committed', 'released', 'expired')),
    expires_at   timestamptz,
    request_id   uuid,
    created_by   name          NOT NULL DEFAULT current_user,
    created_at   timestamptz   NOT NULL DEFAULT now(),
    updated_at   timestamptz   NOT NULL DEFAULT now(),
    closed_at    timestamptz,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, variant_id, location_id)
        REFERENCES stock_positions (tenant_id, variant_id, location_id),
    CHECK ((status = 'active') = (closed_at IS NULL)),
    CHECK (expires_at IS NULL OR expires_at > created_at)
);
-- One active reservation per (location, variant, order); closed ones stay as history.
CREATE UNIQUE INDEX stock_reservations_one_active
    ON stock_reservations (tenant_id, location_id, variant_id, order_id) WHERE status = 'active';
CREATE INDEX stock_reservations_expiry ON stock_reservations (expires_at) WHERE status = 'active';

CREATE TABLE inventory_batches (
    tenant_id         uuid          NOT NULL,
    id                uuid          NOT NULL DEFAULT gen_random_uuid(),
    variant_id        uuid          NOT NULL,
    location_id       uuid          NOT NULL,
    batch_number      varchar(60)   NOT NULL CHECK (btrim(batch_number) <> ''),
    lot_number        varchar(60),
    manufactured_on   date,
    expiry_date       date,
    alert_date        date,
    quantity_received numeric(18,4) NOT NULL CHECK (quantity_received > 0),
    quantity_on_hand  numeric(18,4) NOT NULL CHECK (quantity_on_hand >= 0),
    status            varchar(20)   NOT NULL DEFAULT 'active'
                      CHECK (status IN ('active', 'depleted', 'expired', 'quarantined')),
    version           integer       NOT NULL DEFAULT 1 CHECK (version > 0),
    received_at       timestamptz   NOT NULL DEFAULT now(),
    last_modified_at  timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, location_id, variant_id, batch_number),
    FOREIGN KEY (tenant_id, variant_id, location_id)
        REFERENCES stock_positions (tenant_id, variant_id, location_id),
    CHECK (quantity_on_hand <= quantity_received),
    CHECK (alert_date IS NULL OR expiry_date IS NULL OR alert_date <= expiry_date),
    CHECK (manufactured_on IS NULL OR expiry_date IS NULL OR manufactured_on <= expiry_date)
);
-- First-expired-first-out picking order.
CREATE INDEX inventory_batches_fefo
    ON inventory_batches (tenant_id, location_id, variant_id, expiry_date NULLS LAST)
    WHERE status = 'active';

CREATE TABLE orderability_projection (
    tenant_id     uuid          NOT NULL,
    variant_id    uuid          NOT NULL,
    location_id   uuid          NOT NULL,
    is_orderable  boolean       NOT NULL,
    reason_code   varchar(40)   CHECK (reason_code IN ('out_of_stock', 'inactive', 'archived',
                                                       'location_inactive', 'no_price')),
    available_qty numeric(18,4) NOT NULL DEFAULT 0,
    updated_at    timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, variant_id, location_id),
    FOREIGN KEY (tenant_id, variant_id, location_id)
        REFERENCES stock_positions (tenant_id, variant_id, location_id) ON DELETE CASCADE,
    CHECK (is_orderable = (reason_code IS NULL))
);
