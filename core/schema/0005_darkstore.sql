-- Dark-store operations: orders and their items, hourly metrics, and the store-scoped catalog
-- projection the floor reads (a read model, refreshed from canonical events, never edited).
SET LOCAL ROLE stockroom_owner;

CREATE TABLE dark_store_orders (
    tenant_id          uuid          NOT NULL,
    id                 uuid          NOT NULL DEFAULT gen_random_uuid(),
    dark_store_id      uuid          NOT NULL,
    order_number       varchar(40)   NOT NULL CHECK (btrim(order_number) <> ''),
    channel            varchar(40)   NOT NULL DEFAULT 'app',
    customer_name      varchar(120),
    customer_phone     varchar(20),
    delivery_address   text,
    status             varchar(20)   NOT NULL DEFAULT 'created'
                       CHECK (status IN ('created', 'picking', 'packed', 'dispatched', 'delivered', 'cancelled')),
    picker_id          uuid,
    item_count         integer       NOT NULL DEFAULT 0 CHECK (item_count >= 0),
    total_amount       numeric(12,2) NOT NULL DEFAULT 0 CHECK (total_amount >= 0),
    currency           char(3)       NOT NULL DEFAULT 'INR',
    promised_minutes   integer       NOT NULL DEFAULT 10 CHECK (promised_minutes > 0),
    created_at         timestamptz   NOT NULL DEFAULT now(),
    picking_started_at timestamptz,
    packed_at          timestamptz,
    dispatched_at      timestamptz,
    delivered_at       timestamptz,
    cancelled_at       timestamptz,
    cancel_reason      text,
    updated_at         timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, order_number),
    FOREIGN KEY (tenant_id, dark_store_id) REFERENCES dark_stores (tenant_id, id),
    FOREIGN KEY (tenant_id, picker_id) REFERENCES dark_store_pickers (tenant_id, id),
    -- The workflow is created → picking → packed → dispatched → delivered, or cancelled before
    -- dispatch. Each stage's timestamp is set exactly when the order has reached it, in order.
    CONSTRAINT dark_store_orders_stage_times CHECK (
        (picking_started_at IS NOT NULL) = (status IN ('picking', 'packed', 'dispatched', 'delivered')
                                            OR (status = 'cancelled' AND picking_started_at IS NOT NULL))
        AND (packed_at IS NOT NULL) = (status IN ('packed', 'dispatched', 'delivered')
                                       OR (status = 'cancelled' AND packed_at IS NOT NULL))
        AND (dispatched_at IS NOT NULL) = (status IN ('dispatched', 'delivered'))
        AND (delivered_at IS NOT NULL) = (status = 'delivered')
        AND (cancelled_at IS NOT NULL) = (status = 'cancelled')),
    CONSTRAINT dark_store_orders_stage_order CHECK (
        picking_started_at >= created_at AND packed_at >= picking_started_at
        AND dispatched_at >= packed_at AND delivered_at >= dispatched_at
        AND cancelled_at >= created_at),
    CHECK (packed_at IS NULL OR picking_started_at IS NOT NULL),
    CHECK (status NOT IN ('picking', 'packed') OR picker_id IS NOT NULL)
);
CREATE INDEX dark_store_orders_board ON dark_store_orders (tenant_id, dark_store_id, status, created_at);
CREATE INDEX dark_store_orders_created ON dark_store_orders (tenant_id, dark_store_id, created_at);

CREATE TABLE dark_store_order_items (
    tenant_id       uuid          NOT NULL,
    id              uuid          NOT NULL DEFAULT gen_random_uuid(),
    order_id        uuid          NOT NULL,
    variant_id      uuid          NOT NULL,
    zone_id         uuid,
    quantity        numeric(18,4) NOT NULL CHECK (quantity > 0),
    picked_quantity numeric(18,4) NOT NULL DEFAULT 0,
    unit_price      numeric(12,2) NOT NULL CHECK (unit_price >= 0),
    line_total      numeric(12,2) NOT NULL CHECK (line_total >= 0),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, order_id, variant_id),
    FOREIGN KEY (tenant_id, order_id) REFERENCES dark_store_orders (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, variant_id) REFERENCES variants (tenant_id, id),
    FOREIGN KEY (tenant_id, zone_id) REFERENCES dark_store_zones (tenant_id, id),
    CHECK (picked_quantity >= 0 AND picked_quantity <= quantity)
);

-- Hourly buckets per dark store, written by the metrics job and the demo seeder.
CREATE TABLE dark_store_metrics (
    tenant_id            uuid          NOT NULL,
    dark_store_id        uuid          NOT NULL,
    bucket_start         timestamptz   NOT NULL CHECK (date_trunc('hour', bucket_start) = bucket_start),
    orders_created       integer       NOT NULL DEFAULT 0 CHECK (orders_created >= 0),
    orders_delivered     integer       NOT NULL DEFAULT 0 CHECK (orders_delivered >= 0),
    orders_cancelled     integer       NOT NULL DEFAULT 0 CHECK (orders_cancelled >= 0),
    orders_on_time       integer       NOT NULL DEFAULT 0 CHECK (orders_on_time >= 0),
    items_picked         integer       NOT NULL DEFAULT 0 CHECK (items_picked >= 0),
    avg_pick_seconds     numeric(10,2) CHECK (avg_pick_seconds >= 0),
    avg_delivery_minutes numeric(10,2) CHECK (avg_delivery_minutes >= 0),
    gross_merchandise_value numeric(12,2) NOT NULL DEFAULT 0 CHECK (gross_merchandise_value >= 0),
    PRIMARY KEY (tenant_id, dark_store_id, bucket_start),
    FOREIGN KEY (tenant_id, dark_store_id) REFERENCES dark_stores (tenant_id, id) ON DELETE CASCADE,
    CHECK (orders_on_time <= orders_delivered)
);

CREATE TABLE dark_store_catalog_projection (
    tenant_id          uuid          NOT NULL,
    dark_store_id      uuid          NOT NULL,
    variant_id         uuid          NOT NULL,
    sku                varchar(100)  NOT NULL,
    product_name       varchar(300)  NOT NULL,
    category_name      varchar(200),
    is_active          boolean       NOT NULL DEFAULT true,
    is_essential       boolean       NOT NULL DEFAULT false,
    demand_score       numeric(8,4)  NOT NULL DEFAULT 0,
    velocity_rank      integer       CHECK (velocity_rank > 0),
    quantity_available numeric(18,4) NOT NULL DEFAULT 0,
    effective_price    numeric(12,2) NOT NULL DEFAULT 0 CHECK (effective_price >= 0),
    orderable          boolean       NOT NULL DEFAULT true,
    source_event_id    uuid,
    refreshed_at       timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, dark_store_id, variant_id),
    FOREIGN KEY (tenant_id, dark_store_id) REFERENCES dark_stores (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, variant_id) REFERENCES variants (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX dark_store_catalog_projection_sku ON dark_store_catalog_projection (tenant_id, dark_store_id, sku);
