-- One database per service (DESIGN.md rule 1); run once by the postgres image on an empty volume.
CREATE DATABASE indicator;
CREATE DATABASE ledger;
CREATE DATABASE evidence;
CREATE DATABASE scoring;
