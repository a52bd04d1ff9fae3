-- Who said a pair was wrong, when a client ended it (POST /users/{userId}/charging-pairs/rejections); null otherwise.
alter table charging_pair add column reported_by text;
