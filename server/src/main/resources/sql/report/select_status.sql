SELECT task_status(?, NULL)
