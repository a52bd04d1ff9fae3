-- Cluster mode (docs/scale-out.md): how far the owner of each partition of the observation log (Kafka) has
-- processed it. An instance that accepted observations answers once every partition it wrote to has reached
-- past its records. Unused by a single instance.
create table observation_log_progress (
    topic       varchar(249) not null,
    partition   integer      not null check (partition >= 0),
    next_offset bigint       not null check (next_offset >= 0),
    primary key (topic, partition)
);
