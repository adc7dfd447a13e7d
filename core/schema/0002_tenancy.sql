-- Tenants and the operational structure store-hub keeps: stores, locations, terminals,
-- dark stores with their zones and pickers, and staff with their scope.
-- Every table carries tenant_id, and every primary, unique and foreign key leads with it.
SET LOCAL ROLE stockroom_owner;

CREATE TABLE tenants (
    tenant_id  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name       varchar(120) NOT NULL CHECK (btrim(name) <> ''),
    slug       varchar(60)  NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]*$'),
    currency   char(3)      NOT NULL DEFAULT 'INR' CHECK (currency ~ '^[A-Z]{3}$'),
    timezone   text         NOT NULL DEFAULT 'Asia/Kolkata',
    created_at timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE stores (
    tenant_id  uuid         NOT NULL REFERENCES tenants ON DELETE CASCADE,
    id         uuid         NOT NULL DEFAULT gen_random_uuid(),
    code       varchar(20)  NOT NULL CHECK (code ~ '^[A-Z0-9][A-Z0-9-]*$'),
    name       varchar(120) NOT NULL CHECK (btrim(name) <> ''),
    format     varchar(20)  NOT NULL DEFAULT 'supermarket'
               CHECK (format IN ('supermarket', 'convenience', 'hypermarket', 'restaurant', 'hub')),
    city       varchar(80)  NOT NULL,
    state      varchar(80)  NOT NULL,
    address    text,
    phone      varchar(20),
    gstin      varchar(15)  CHECK (gstin ~ '^[0-9]{2}[A-Z0-9]{13}$'),
    is_active  boolean      NOT NULL DEFAULT true,
    created_at timestamptz  NOT NULL DEFAULT now(),
    updated_at timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, code)
);

CREATE TABLE locations (
    tenant_id            uuid         NOT NULL REFERENCES tenants ON DELETE CASCADE,
    id                   uuid         NOT NULL DEFAULT gen_random_uuid(),
    store_id             uuid         NOT NULL,
    code                 varchar(30)  NOT NULL CHECK (code ~ '^[A-Z0-9][A-Z0-9-]*$'),
    name                 varchar(120) NOT NULL CHECK (btrim(name) <> ''),
    location_type        varchar(20)  NOT NULL
                         CHECK (location_type IN ('store', 'backroom', 'warehouse', 'dark_store')),
    -- Stock positions copy this flag through a foreign key so a CHECK can hold the rule
    -- "available stock never below zero unless the location allows negative stock".
    allow_negative_stock boolean      NOT NULL DEFAULT false,
    reservation_ttl      interval     NOT NULL DEFAULT interval '15 minutes'
                         CHECK (reservation_ttl > interval '0' AND reservation_ttl <= interval '7 days'),
    is_active            boolean      NOT NULL DEFAULT true,
    created_at           timestamptz  NOT NULL DEFAULT now(),
    updated_at           timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, code),
    UNIQUE (tenant_id, id, allow_negative_stock),
    FOREIGN KEY (tenant_id, store_id) REFERENCES stores (tenant_id, id)
);

CREATE TABLE terminals (
    tenant_id    uuid        NOT NULL REFERENCES tenants ON DELETE CASCADE,
    id           uuid        NOT NULL DEFAULT gen_random_uuid(),
    store_id     uuid        NOT NULL,
    code         varchar(30) NOT NULL,
    name         varchar(120) NOT NULL,
    device_type  varchar(20) NOT NULL DEFAULT 'pos'
                 CHECK (device_type IN ('pos', 'handheld', 'kiosk', 'label_printer')),
    is_active    boolean     NOT NULL DEFAULT true,
    last_seen_at timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, store_id, code),
    FOREIGN KEY (tenant_id, store_id) REFERENCES stores (tenant_id, id) ON DELETE CASCADE
);

CREATE TABLE dark_stores (
    tenant_id           uuid         NOT NULL REFERENCES tenants ON DELETE CASCADE,
    id                  uuid         NOT NULL DEFAULT gen_random_uuid(),
    store_id            uuid         NOT NULL,
    location_id         uuid         NOT NULL,
    code                varchar(20)  NOT NULL CHECK (code ~ '^[A-Z0-9][A-Z0-9-]*$'),
    name                varchar(120) NOT NULL CHECK (btrim(name) <> ''),
    status              varchar(20)  NOT NULL DEFAULT 'active'
                        CHECK (status IN ('active', 'paused', 'maintenance', 'closed')),
    city                varchar(80)  NOT NULL,
    latitude            numeric(9,6) CHECK (latitude BETWEEN -90 AND 90),
    longitude           numeric(9,6) CHECK (longitude BETWEEN -180 AND 180),
    service_radius_km   numeric(5,2) NOT NULL DEFAULT 3 CHECK (service_radius_km > 0),
    max_orders_per_hour integer      NOT NULL DEFAULT 120 CHECK (max_orders_per_hour > 0),
    opens_at            time         NOT NULL DEFAULT '06:00',
    closes_at           time         NOT NULL DEFAULT '23:59',
    created_at          timestamptz  NOT NULL DEFAULT now(),
    updated_at          timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, code),
    UNIQUE (tenant_id, location_id),
    FOREIGN KEY (tenant_id, store_id) REFERENCES stores (tenant_id, id),
    FOREIGN KEY (tenant_id, location_id) REFERENCES locations (tenant_id, id)
);

CREATE TABLE dark_store_zones (
    tenant_id     uuid         NOT NULL REFERENCES tenants ON DELETE CASCADE,
    id            uuid         NOT NULL DEFAULT gen_random_uuid(),
    dark_store_id uuid         NOT NULL,
    code          varchar(20)  NOT NULL,
    name          varchar(80)  NOT NULL,
    zone_type     varchar(20)  NOT NULL DEFAULT 'ambient'
                  CHECK (zone_type IN ('ambient', 'chilled', 'frozen', 'high_value', 'bulk')),
    temperature_min_c numeric(5,2),
    temperature_max_c numeric(5,2),
    pick_sequence integer      NOT NULL DEFAULT 0 CHECK (pick_sequence >= 0),
    created_at    timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, dark_store_id, code),
    FOREIGN KEY (tenant_id, dark_store_id) REFERENCES dark_stores (tenant_id, id) ON DELETE CASCADE,
    CHECK (temperature_min_c IS NULL OR temperature_max_c IS NULL
           OR temperature_min_c <= temperature_max_c)
);

CREATE TABLE dark_store_pickers (
    tenant_id     uuid         NOT NULL REFERENCES tenants ON DELETE CASCADE,
    id            uuid         NOT NULL DEFAULT gen_random_uuid(),
    dark_store_id uuid         NOT NULL,
    employee_code varchar(20)  NOT NULL,
    name          varchar(120) NOT NULL CHECK (btrim(name) <> ''),
    phone         varchar(20),
    home_zone_id  uuid,
    status        varchar(20)  NOT NULL DEFAULT 'off_shift'
                  CHECK (status IN ('available', 'picking', 'on_break', 'off_shift')),
    is_active     boolean      NOT NULL DEFAULT true,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, dark_store_id, employee_code),
    FOREIGN KEY (tenant_id, dark_store_id) REFERENCES dark_stores (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, home_zone_id) REFERENCES dark_store_zones (tenant_id, id)
);

-- Staff: one PostgreSQL login role per person, mapped to exactly one tenant and a scope.
-- Row-level security policies (a later migration) key on current_user through these tables.
CREATE TABLE staff (
    tenant_id    uuid         NOT NULL REFERENCES tenants ON DELETE CASCADE,
    login_role   name         NOT NULL CHECK (login_role ~ '^[a-z][a-z0-9_.-]{2,62}$'),
    display_name varchar(120) NOT NULL CHECK (btrim(display_name) <> ''),
    role_kind    varchar(20)  NOT NULL
                 CHECK (role_kind IN ('admin', 'store_manager', 'floor_supervisor')),
    is_active    boolean      NOT NULL DEFAULT true,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    updated_at   timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, login_role)
);

CREATE TABLE staff_scope (
    tenant_id     uuid        NOT NULL,
    id            uuid        NOT NULL DEFAULT gen_random_uuid(),
    login_role    name        NOT NULL,
    scope_type    varchar(20) NOT NULL CHECK (scope_type IN ('store', 'location', 'dark_store')),
    store_id      uuid,
    location_id   uuid,
    dark_store_id uuid,
    created_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, login_role) REFERENCES staff (tenant_id, login_role) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, store_id) REFERENCES stores (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, location_id) REFERENCES locations (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, dark_store_id) REFERENCES dark_stores (tenant_id, id) ON DELETE CASCADE,
    -- Exactly the column that matches the scope type is set.
    CHECK ((scope_type = 'store') = (store_id IS NOT NULL)
           AND (scope_type = 'location') = (location_id IS NOT NULL)
           AND (scope_type = 'dark_store') = (dark_store_id IS NOT NULL)),
    UNIQUE NULLS NOT DISTINCT (tenant_id, login_role, store_id, location_id, dark_store_id)
);
