-- Settings administrators change at run time (what agents see of the turnout during the vote…).
CREATE TABLE platform_setting (
    setting_key VARCHAR(80) PRIMARY KEY,
    setting_value VARCHAR(400) NOT NULL
);
