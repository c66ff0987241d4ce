-- Runs on H2 and PostgreSQL alike: only types and clauses both understand.
CREATE TABLE problem (
    id            VARCHAR(36)  PRIMARY KEY,
    name          VARCHAR(500) NOT NULL,
    programme_id  VARCHAR(200) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    horizon_start DATE         NOT NULL,
    horizon_end   DATE         NOT NULL,
    teachers      INTEGER      NOT NULL,
    schools       INTEGER      NOT NULL,
    trainers      INTEGER      NOT NULL,
    venues        INTEGER      NOT NULL,
    districts     INTEGER      NOT NULL,
    warnings      TEXT         NOT NULL,
    document      TEXT         NOT NULL
);

CREATE TABLE plan (
    id            VARCHAR(36)  PRIMARY KEY,
    problem_id    VARCHAR(36)  NOT NULL REFERENCES problem (id) ON DELETE CASCADE,
    status        VARCHAR(16)  NOT NULL,
    time_limit    VARCHAR(40)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE,
    finished_at   TIMESTAMP WITH TIME ZONE,
    best_score    VARCHAR(100),
    feasible      BOOLEAN,
    kpis          TEXT,
    report        TEXT,
    saved_at      TIMESTAMP WITH TIME ZONE,
    error         TEXT
);

CREATE INDEX plan_problem ON plan (problem_id);
CREATE INDEX plan_status ON plan (status);
