import type { Messages } from '../../index'
import { core } from './core'

export const ru: Messages = { ...core }
