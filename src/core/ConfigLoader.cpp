#include "ConfigLoader.h"
