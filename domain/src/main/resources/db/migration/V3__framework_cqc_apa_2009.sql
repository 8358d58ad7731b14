-- CQC's Annual Performance Assessment of councils' adult social care, as used for 2009/10:
-- seven outcomes graded 1-4 and two domains judged in writing. The overall grade was awarded by
-- the assessor, not computed from the outcomes, so this framework records it.

INSERT INTO framework (id, code, name, version_label, description, scoring_method, notify_at_or_below)
VALUES (2, 'cqc-apa-2009', 'CQC annual performance assessment of adult social care', '2009/10',
        'The Care Quality Commission''s yearly assessment before 2011: a grade for each of seven outcomes, an overall grade for delivering outcomes, and written judgements on leadership and on commissioning.',
        'ASSESSOR_JUDGEMENT', NULL);

INSERT INTO framework_theme (id, framework_id, code, title, position) VALUES
    (21, 2, 'DELIVERING_OUTCOMES', 'Delivering outcomes', 1),
    (22, 2, 'CAPACITY_TO_IMPROVE', 'Written judgements', 2);

INSERT INTO quality_statement (id, framework_id, theme_id, code, title, description, scored, position) VALUES
    (201, 2, 21, 'O1', 'Improved health and emotional well-being',
     'People are helped to stay healthy and well, physically and emotionally.', TRUE, 1),
    (202, 2, 21, 'O2', 'Improved quality of life',
     'People live the lives they want, with support that makes a difference day to day.', TRUE, 2),
    (203, 2, 21, 'O3', 'Making a positive contribution',
     'People take part in their communities and shape the services they use.', TRUE, 3),
    (204, 2, 21, 'O4', 'Increased choice and control',
     'People choose and control their support, including through personal budgets.', TRUE, 4),
    (205, 2, 21, 'O5', 'Freedom from discrimination and harassment',
     'People are treated fairly and are safe from abuse, discrimination and harassment.', TRUE, 5),
    (206, 2, 21, 'O6', 'Economic well-being',
     'People have the income, work and financial advice they need.', TRUE, 6),
    (207, 2, 21, 'O7', 'Maintaining personal dignity and respect',
     'People are treated with dignity and respect, and are safeguarded.', TRUE, 7),
    (208, 2, 22, 'D1', 'Leadership',
     'How well leaders set direction, build capacity and improve services. Judged in writing.', FALSE, 1),
    (209, 2, 22, 'D2', 'Commissioning and use of resources',
     'How well the council commissions services and uses its money. Judged in writing.', FALSE, 2);

INSERT INTO quality_statement_alias (statement_id, alias) VALUES
    (201, 'Improved health and well-being'),
    (205, 'Freedom from discrimination or harassment'),
    (209, 'Use of resources and commissioning');

INSERT INTO scale_level (id, framework_id, score, code, label) VALUES
    (55, 2, 4, 'PERFORMING_EXCELLENTLY', 'Performing excellently'),
    (56, 2, 3, 'PERFORMING_WELL', 'Performing well'),
    (57, 2, 2, 'PERFORMING_ADEQUATELY', 'Performing adequately'),
    (58, 2, 1, 'PERFORMING_POORLY', 'Performing poorly');
