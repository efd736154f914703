SELECT version FROM dataset_state
