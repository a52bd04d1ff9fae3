-- Who made a pair: the engine from evidence, or the client asserting it (issue 16, point 4).
alter table charging_pair add column source varchar(10) not null default 'ENGINE';
