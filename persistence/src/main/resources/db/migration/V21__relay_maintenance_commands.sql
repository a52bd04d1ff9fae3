-- Cluster mode: reset and unlock-connector are relayed to the instance holding the charge point's socket too.
alter table ocpp_relayed_command drop constraint ocpp_relayed_command_command_check;
alter table ocpp_relayed_command add constraint ocpp_relayed_command_command_check check (command in
    ('START', 'STOP', 'SET_MAX_CURRENT', 'SET_CHARGE_RATE_LIMIT', 'RESET_SOFT', 'RESET_HARD', 'UNLOCK_CONNECTOR'));
