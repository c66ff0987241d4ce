-- A re-plan is a new plan (of the problem with the disruptions applied) linked to the plan it re-plans.
ALTER TABLE plan ADD COLUMN parent_plan_id VARCHAR(36);
ALTER TABLE plan ADD COLUMN disruptions TEXT;
ALTER TABLE plan ADD COLUMN changes TEXT;
ALTER TABLE plan ADD CONSTRAINT plan_parent FOREIGN KEY (parent_plan_id) REFERENCES plan (id) ON DELETE SET NULL;
CREATE INDEX plan_parent_plan ON plan (parent_plan_id);
