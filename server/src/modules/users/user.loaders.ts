import { User } from "./user.entity";
import { rowsById } from "../../shared/loaders";

export const userById = rowsById(User);
