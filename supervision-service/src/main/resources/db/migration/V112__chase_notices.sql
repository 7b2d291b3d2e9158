-- what the immediate notices of a 督办单 name: its title and reply-by date (its later events carry neither)
CREATE TABLE reminder_chase (
    chase_id   VARCHAR(100) PRIMARY KEY,
    plan_id    VARCHAR(100) NOT NULL,
    department VARCHAR(200) NOT NULL,
    title      VARCHAR(500) NOT NULL,
    reply_by   DATE         NOT NULL
);
