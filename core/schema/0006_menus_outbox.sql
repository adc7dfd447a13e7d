-- Restaurant menus (the optional food vertical) and the transactional outbox of domain events.
SET LOCAL ROLE stockroom_owner;

CREATE TABLE restaurant_menus (
    tenant_id        uuid        NOT NULL,
    id               uuid        NOT NULL DEFAULT gen_random_uuid(),
    restaurant_id    uuid        NOT NULL,  -- a store whose format is 'restaurant'
    menu_version     integer     NOT NULL CHECK (menu_version > 0),
    status           varchar(20) NOT NULL DEFAULT 'active' CHECK (status IN ('draft', 'active', 'retired')),
    source_system_id uuid,
    created_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, restaurant_id, menu_version),
    FOREIGN KEY (tenant_id, restaurant_id) REFERENCES stores (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, source_system_id) REFERENCES source_systems (tenant_id, id)
        ON DELETE SET NULL (source_system_id)
);
CREATE UNIQUE INDEX restaurant_menus_one_active ON restaurant_menus (tenant_id, restaurant_id)
    WHERE status = 'active';

CREATE TABLE menu_items (
    tenant_id        uuid          NOT NULL,
    id               uuid          NOT NULL DEFAULT gen_random_uuid(),
    menu_id          uuid          NOT NULL,
    external_item_id varchar(200),
    name             varchar(300)  NOT NULL CHECK (btrim(name) <> ''),
    description      text,
    price            numeric(12,2) NOT NULL CHECK (price >= 0),
    tax_rate         numeric(6,2)  NOT NULL DEFAULT 0 CHECK (tax_rate >= 0 AND tax_rate <= 100),
    veg_flag         boolean,
    available        boolean       NOT NULL DEFAULT true,
    metadata         jsonb         NOT NULL DEFAULT '{}',
    created_at       timestamptz   NOT NULL DEFAULT now(),
    updated_at       timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, menu_id, external_item_id),
    FOREIGN KEY (tenant_id, menu_id) REFERENCES restaurant_menus (tenant_id, id) ON DELETE CASCADE
);

-- Domain events written in the same transaction as the change they describe, in the seed
-- envelope. The sequencer (stockroomd) moves committed rows into the gap-free event log.
CREATE TABLE outbox (
    tenant_id      uuid         NOT NULL REFERENCES tenants ON DELETE CASCADE,
    id             bigint       GENERATED ALWAYS AS IDENTITY,
    event_id       uuid         NOT NULL DEFAULT gen_random_uuid(),
    event_type     varchar(80)  NOT NULL CHECK (event_type ~ '^[a-z_]+(\.[a-z_]+){2,}$'),
    source         varchar(40)  NOT NULL DEFAULT 'stockroom',
    occurred_at    timestamptz  NOT NULL DEFAULT clock_timestamp(),
    trace_id       varchar(120),
    schema_version integer      NOT NULL DEFAULT 1 CHECK (schema_version > 0),
    -- Routing keys for stream channels (product:, variant:, location:, dark-store:).
    product_id     uuid,
    variant_id     uuid,
    location_id    uuid,
    dark_store_id  uuid,
    data           jsonb        NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(data) = 'object'),
    actor          name         NOT NULL DEFAULT current_user,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, event_id)
);
